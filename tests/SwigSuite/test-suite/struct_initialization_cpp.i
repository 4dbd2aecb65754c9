// Test declaration and initialization of structs (C++ code)
%module struct_initialization_cpp

%include "struct_initialization.i" // C code

