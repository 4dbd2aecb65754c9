// Fixed-length array of values (the storage behind Vector and Point).
#pragma once

#include <algorithm>
#include <ostream>

namespace itk
{
template <typename TValue, unsigned int VLength = 3>
class FixedArray
{
public:
  static constexpr unsigned int Length = VLength;
  static constexpr unsigned int Dimension = VLength;

  using ValueType = TValue;
  using CArray = ValueType[VLength];
  using Iterator = ValueType *;
  using ConstIterator = const ValueType *;
  using iterator = ValueType *;
  using const_iterator = const ValueType *;
  using SizeType = unsigned int;

  FixedArray() = default;

  FixedArray(const ValueType r[VLength]) { std::copy(r, r + VLength, m_InternalArray); }

  FixedArray(const ValueType & r) { this->Fill(r); }

  template <typename TOther>
  FixedArray(const FixedArray<TOther, VLength> & r)
  {
    for (unsigned int i = 0; i < VLength; ++i)
    {
      m_InternalArray[i] = static_cast<ValueType>(r[i]);
    }
  }

  ValueType & operator[](unsigned int index) { return m_InternalArray[index]; }
  const ValueType & operator[](unsigned int index) const { return m_InternalArray[index]; }

  void SetElement(unsigned int index, const ValueType & value) { m_InternalArray[index] = value; }
  const ValueType & GetElement(unsigned int index) const { return m_InternalArray[index]; }

  ValueType * GetDataPointer() { return m_InternalArray; }
  const ValueType * GetDataPointer() const { return m_InternalArray; }

  void Fill(const ValueType & value) { std::fill(m_InternalArray, m_InternalArray + VLength, value); }

  static constexpr SizeType Size() { return VLength; }
  static constexpr unsigned int GetNumberOfComponents() { return VLength; }

  iterator begin() { return m_InternalArray; }
  iterator end() { return m_InternalArray + VLength; }
  const_iterator begin() const { return m_InternalArray; }
  const_iterator end() const { return m_InternalArray + VLength; }

  bool operator==(const FixedArray & r) const { return std::equal(begin(), end(), r.begin()); }
  bool operator!=(const FixedArray & r) const { return !(*this == r); }

  static FixedArray Filled(const ValueType & value)
  {
    FixedArray a;
    a.Fill(value);
    return a;
  }

private:
  CArray m_InternalArray{};
};

template <typename TValue, unsigned int VLength>
std::ostream & operator<<(std::ostream & os, const FixedArray<TValue, VLength> & arr)
{
  os << '[';
  for (unsigned int i = 0; i < VLength; ++i)
  {
    os << (i ? ", " : "") << +arr[i];
  }
  return os << ']';
}
} // namespace itk
