/* std_vector.i (ItkBindGen): a std::vector of numbers crosses as a C# array by itself;
   %template(IntVector) std::vector<int>; makes a C# collection class (IList<int>) owning a native vector instead.
   %inline, not %{ %}: the parse sees <vector> too, so a %template of it can be instantiated without another header. */
%inline %{
#include <vector>
%}
/* SWIG's C# std_vector.i asks for the IList<T> members of a vector of T with this macro; every %template of a vector has them here. */
%define SWIG_STD_VECTOR_ENHANCED(CTYPE...)
%enddef
