/* std_vector.i (ItkBindGen): a std::vector of numbers crosses as a C# array by itself.
   %template(IntVector) std::vector<int>; names a C# collection class for it. */
%{
#include <vector>
%}
