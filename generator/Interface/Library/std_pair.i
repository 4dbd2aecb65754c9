/* std_pair.i (ItkBindGen): %template(IntPair) std::pair<int, int>; makes a C# class with the pair's fields first and
   second as properties and the constructors SWIG's std_pair.i declares: IntPair() and IntPair(first, second).
   %inline, not %{ %}: the parse sees <utility> too, so a %template of it can be instantiated without another header. */
%include <std_common.i>
%inline %{
#include <utility>
%}
%{
#include <type_traits>
namespace itkbindgen_std_pair
{
/* pair(): the standard library's is a template no %template instantiates; a pair of a type that cannot be made empty throws. */
template <typename TPair>
TPair * make_empty()
{
  if constexpr (std::is_default_constructible_v<TPair>)
  {
    return new TPair();
  }
  else
  {
    throw std::logic_error("this std::pair has no default constructor: pass first and second");
  }
}
}
%}
