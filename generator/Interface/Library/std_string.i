/* std_string.i (ItkBindGen): std::string crosses as a C# string by itself; the shim only needs the header. */
%{
#include <string>
%}
