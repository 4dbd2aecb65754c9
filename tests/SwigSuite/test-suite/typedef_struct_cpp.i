%module typedef_struct_cpp

%include "typedef_struct.i"
