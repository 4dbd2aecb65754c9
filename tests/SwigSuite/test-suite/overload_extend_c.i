%module overload_extend_c

%include "overload_extend.i"
