%module "enum_thorough_simple"

// Test enum wrapping using simple constants (SWIG-1.3.21 and earlier default enum wrapping for C# and Java)
%include "enumsimple.swg"

%include "enum_thorough.i"

