/* std_except.i (ItkBindGen): every wrapped call catches C++ exceptions; std::exception and its kin reach C# as exceptions. */
%{
#include <stdexcept>
%}
