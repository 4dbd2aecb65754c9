%module "doxygen_parsing_enums_proper"

// Test enum commenting using the proper enums in the target language
%include "enums.swg"

%include "doxygen_parsing_enums.i"

