%module nested_scope_flat

%feature ("flatnested");

%include "nested_scope.i"
