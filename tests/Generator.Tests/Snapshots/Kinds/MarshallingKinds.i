%module Kinds
%{
#include "MarshallingKinds.h"
%}
%include "MarshallingKinds.h"
%template(Kernel2) cases::Kernel<2>;
%apply double INPUT[4] { const double * values };
%apply OUTPUT { int & quotient };
