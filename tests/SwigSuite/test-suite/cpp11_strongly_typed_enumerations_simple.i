%module cpp11_strongly_typed_enumerations_simple

%include <enumsimple.swg>

%include "cpp11_strongly_typed_enumerations.i"
