%include "hello.i"
%import "imports.i"

