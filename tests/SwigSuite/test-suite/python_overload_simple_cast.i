// Simple tests of overloaded functions
%module("castmode") python_overload_simple_cast

%include overload_simple.i
