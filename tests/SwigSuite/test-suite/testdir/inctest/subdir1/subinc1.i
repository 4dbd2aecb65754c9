// %include twice to check include header guards
%include "hello.i"
%include "hello.i"
%import "imports.i"
%import "imports.i"
