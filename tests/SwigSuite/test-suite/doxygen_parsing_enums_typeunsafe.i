%module "doxygen_parsing_enums_typeunsafe"

// Test enum commenting using a type unsafe enum pattern (constant integers in a class for the enum type)
%include "enumtypeunsafe.swg"

%include "doxygen_parsing_enums.i"