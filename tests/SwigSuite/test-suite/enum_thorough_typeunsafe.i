%module "enum_thorough_typeunsafe"

// Test enum wrapping using a type unsafe enum pattern (constant integers in a class for the enum type)
%include "enumtypeunsafe.swg"

%include "enum_thorough.i"

