/* std_vector.i (ItkBindGen): a std::vector of numbers crosses as a C# array by itself;
   %template(IntVector) std::vector<int>; makes a C# collection class (IList<int>) owning a native vector instead.
   %inline, not %{ %}: the parse sees <vector> too, so a %template of it can be instantiated without another header. */
%inline %{
#include <vector>
%}
