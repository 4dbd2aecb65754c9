%module import_share_a

%include "import_share_a.h"
%{
#include "import_share_a.h"
%}
