%module "enum_thorough_proper"

// Test enum wrapping using the proper enums in the target language
%include "enums.swg"

%include "enum_thorough.i"

