// Rounding as ITK rounds a physical position to an index (itk::Math).
#pragma once

namespace itk
{
namespace Math
{
// Halves round up (towards +infinity): ITK's portable RoundHalfIntegerUp (itkMathDetail.h), floor(x + 0.5).
template <typename TReturn, typename TInput>
inline TReturn RoundHalfIntegerUp(TInput x)
{
  x += static_cast<TInput>(0.5);
  const auto r = static_cast<TReturn>(x);
  return x >= static_cast<TInput>(0) ? r : (x == static_cast<TInput>(r) ? r : r - static_cast<TReturn>(1));
}
} // namespace Math
} // namespace itk
