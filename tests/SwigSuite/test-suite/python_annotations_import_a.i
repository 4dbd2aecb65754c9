%module python_annotations_import_a

%{
#include "python_annotations_import.h"
%}

%include "python_annotations_import.h"
