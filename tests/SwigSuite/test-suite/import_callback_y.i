%module import_callback_y

%{
#include "import_callback_y.h"
%}

%include "import_callback_y.h"
