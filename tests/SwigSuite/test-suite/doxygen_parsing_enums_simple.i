%module "doxygen_parsing_enums_simple"

// Test enum commenting using simple constants (SWIG-1.3.21 and earlier default enum wrapping for C# and Java)
%include "enumsimple.swg"

%include "doxygen_parsing_enums.i"