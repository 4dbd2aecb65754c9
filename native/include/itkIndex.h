// Pixel position (signed, per dimension); an aggregate like ITK's, so Index<2>{{1, 2}} works.
#pragma once

#include "itkOffset.h"
#include "itkSize.h"

namespace itk
{
template <unsigned int VDimension = 2>
struct Index
{
  using Self = Index;
  using IndexValueType = ::itk::IndexValueType;
  using value_type = IndexValueType;
  using OffsetType = Offset<VDimension>;
  using SizeType = Size<VDimension>;
  using iterator = IndexValueType *;
  using const_iterator = const IndexValueType *;
  static constexpr unsigned int Dimension = VDimension;

  static constexpr unsigned int GetIndexDimension() { return VDimension; }

  const IndexValueType * GetIndex() const { return m_InternalArray; }
  void SetIndex(const IndexValueType val[VDimension]) { std::copy(val, val + VDimension, m_InternalArray); }
  void SetElement(unsigned long element, IndexValueType val) { m_InternalArray[element] = val; }
  IndexValueType GetElement(unsigned long element) const { return m_InternalArray[element]; }
  void Fill(IndexValueType value) { std::fill(begin(), end(), value); }

  IndexValueType & operator[](unsigned int i) { return m_InternalArray[i]; }
  const IndexValueType & operator[](unsigned int i) const { return m_InternalArray[i]; }

  iterator begin() { return m_InternalArray; }
  iterator end() { return m_InternalArray + VDimension; }
  const_iterator begin() const { return m_InternalArray; }
  const_iterator end() const { return m_InternalArray + VDimension; }
  static constexpr unsigned int size() { return VDimension; }

  Self operator+(const OffsetType & o) const
  {
    Self r;
    for (unsigned int i = 0; i < VDimension; ++i)
    {
      r[i] = m_InternalArray[i] + o[i];
    }
    return r;
  }
  Self operator+(const SizeType & s) const
  {
    Self r;
    for (unsigned int i = 0; i < VDimension; ++i)
    {
      r[i] = m_InternalArray[i] + static_cast<IndexValueType>(s[i]);
    }
    return r;
  }
  Self operator-(const OffsetType & o) const
  {
    Self r;
    for (unsigned int i = 0; i < VDimension; ++i)
    {
      r[i] = m_InternalArray[i] - o[i];
    }
    return r;
  }
  OffsetType operator-(const Self & o) const
  {
    OffsetType r;
    for (unsigned int i = 0; i < VDimension; ++i)
    {
      r[i] = m_InternalArray[i] - o[i];
    }
    return r;
  }

  bool operator==(const Self & o) const { return std::equal(begin(), end(), o.begin()); }
  bool operator!=(const Self & o) const { return !(*this == o); }

  static Self Filled(IndexValueType value)
  {
    Self s;
    s.Fill(value);
    return s;
  }

  IndexValueType m_InternalArray[VDimension];
};

template <unsigned int VDimension>
std::ostream & operator<<(std::ostream & os, const Index<VDimension> & s)
{
  os << '[';
  for (unsigned int i = 0; i < VDimension; ++i)
  {
    os << (i ? ", " : "") << s[i];
  }
  return os << ']';
}
} // namespace itk
