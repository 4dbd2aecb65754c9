%module preproc_constants_c

%define true 1 %enddef
%define false 0 %enddef

%include "preproc_constants.i"
