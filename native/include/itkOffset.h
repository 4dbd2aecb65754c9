// Signed displacement between two indices; an aggregate like ITK's.
#pragma once

#include "itkIntTypes.h"

#include <algorithm>
#include <ostream>

namespace itk
{
template <unsigned int VDimension = 2>
struct Offset
{
  using Self = Offset;
  using OffsetValueType = ::itk::OffsetValueType;
  using value_type = OffsetValueType;
  using iterator = OffsetValueType *;
  using const_iterator = const OffsetValueType *;
  static constexpr unsigned int Dimension = VDimension;

  static constexpr unsigned int GetOffsetDimension() { return VDimension; }

  const OffsetValueType * GetOffset() const { return m_InternalArray; }
  void SetOffset(const OffsetValueType val[VDimension]) { std::copy(val, val + VDimension, m_InternalArray); }
  void SetElement(unsigned long element, OffsetValueType val) { m_InternalArray[element] = val; }
  OffsetValueType GetElement(unsigned long element) const { return m_InternalArray[element]; }
  void Fill(OffsetValueType value) { std::fill(begin(), end(), value); }

  OffsetValueType & operator[](unsigned int i) { return m_InternalArray[i]; }
  const OffsetValueType & operator[](unsigned int i) const { return m_InternalArray[i]; }

  iterator begin() { return m_InternalArray; }
  iterator end() { return m_InternalArray + VDimension; }
  const_iterator begin() const { return m_InternalArray; }
  const_iterator end() const { return m_InternalArray + VDimension; }
  static constexpr unsigned int size() { return VDimension; }

  Self operator+(const Self & o) const
  {
    Self r;
    for (unsigned int i = 0; i < VDimension; ++i)
    {
      r[i] = m_InternalArray[i] + o[i];
    }
    return r;
  }
  Self operator-(const Self & o) const
  {
    Self r;
    for (unsigned int i = 0; i < VDimension; ++i)
    {
      r[i] = m_InternalArray[i] - o[i];
    }
    return r;
  }

  bool operator==(const Self & o) const { return std::equal(begin(), end(), o.begin()); }
  bool operator!=(const Self & o) const { return !(*this == o); }

  static Self Filled(OffsetValueType value)
  {
    Self s;
    s.Fill(value);
    return s;
  }

  OffsetValueType m_InternalArray[VDimension];
};

template <unsigned int VDimension>
std::ostream & operator<<(std::ostream & os, const Offset<VDimension> & s)
{
  os << '[';
  for (unsigned int i = 0; i < VDimension; ++i)
  {
    os << (i ? ", " : "") << s[i];
  }
  return os << ']';
}
} // namespace itk
