%module template_typedef_cplx2

%{
#include "template_typedef_cplx2.h"
%}

%include "template_typedef_cplx2.h"
