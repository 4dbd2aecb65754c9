// Image extent per dimension; an aggregate like ITK's, so Size<2>{{2, 3}} works.
#pragma once

#include "itkIntTypes.h"

#include <algorithm>
#include <ostream>

namespace itk
{
template <unsigned int VDimension = 2>
struct Size
{
  using Self = Size;
  using SizeValueType = ::itk::SizeValueType;
  using value_type = SizeValueType;
  using iterator = SizeValueType *;
  using const_iterator = const SizeValueType *;
  static constexpr unsigned int Dimension = VDimension;

  static constexpr unsigned int GetSizeDimension() { return VDimension; }

  const SizeValueType * GetSize() const { return m_InternalArray; }
  void SetSize(const SizeValueType val[VDimension]) { std::copy(val, val + VDimension, m_InternalArray); }
  void SetElement(unsigned long element, SizeValueType val) { m_InternalArray[element] = val; }
  SizeValueType GetElement(unsigned long element) const { return m_InternalArray[element]; }
  void Fill(SizeValueType value) { std::fill(begin(), end(), value); }

  SizeValueType CalculateProductOfElements() const
  {
    SizeValueType product = 1;
    for (auto v : m_InternalArray)
    {
      product *= v;
    }
    return product;
  }

  SizeValueType & operator[](unsigned int i) { return m_InternalArray[i]; }
  const SizeValueType & operator[](unsigned int i) const { return m_InternalArray[i]; }

  iterator begin() { return m_InternalArray; }
  iterator end() { return m_InternalArray + VDimension; }
  const_iterator begin() const { return m_InternalArray; }
  const_iterator end() const { return m_InternalArray + VDimension; }
  static constexpr unsigned int size() { return VDimension; }

  bool operator==(const Self & o) const { return std::equal(begin(), end(), o.begin()); }
  bool operator!=(const Self & o) const { return !(*this == o); }

  static Self Filled(SizeValueType value)
  {
    Self s;
    s.Fill(value);
    return s;
  }

  // Public, as in ITK: this is what makes brace initialization work.
  SizeValueType m_InternalArray[VDimension];
};

template <unsigned int VDimension>
std::ostream & operator<<(std::ostream & os, const Size<VDimension> & s)
{
  os << '[';
  for (unsigned int i = 0; i < VDimension; ++i)
  {
    os << (i ? ", " : "") << s[i];
  }
  return os << ']';
}
} // namespace itk
