/* std_common.i (ItkBindGen): the standard headers the other std_*.i files need. */
%include <std_except.i>
%{
#include <string>
#include <cstddef>
%}
