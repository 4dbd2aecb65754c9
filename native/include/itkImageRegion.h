// Axis-aligned box of pixels: a starting Index and a Size.
#pragma once

#include "itkContinuousIndex.h"
#include "itkIndex.h"
#include "itkMath.h"
#include "itkSize.h"

namespace itk
{
template <unsigned int VImageDimension = 2>
class ImageRegion
{
public:
  using Self = ImageRegion;
  using IndexType = Index<VImageDimension>;
  using IndexValueType = ::itk::IndexValueType;
  using SizeType = Size<VImageDimension>;
  using SizeValueType = ::itk::SizeValueType;
  using OffsetType = Offset<VImageDimension>;
  using OffsetValueType = ::itk::OffsetValueType;
  static constexpr unsigned int ImageDimension = VImageDimension;

  static constexpr unsigned int GetImageDimension() { return VImageDimension; }

  ImageRegion() noexcept
  {
    m_Index.Fill(0);
    m_Size.Fill(0);
  }
  ImageRegion(const IndexType & index, const SizeType & size) noexcept : m_Index(index), m_Size(size) {}
  ImageRegion(const SizeType & size) noexcept : m_Size(size) { m_Index.Fill(0); }

  const char * GetNameOfClass() const { return "ImageRegion"; }

  void SetIndex(const IndexType & index) { m_Index = index; }
  const IndexType & GetIndex() const { return m_Index; }
  IndexType & GetModifiableIndex() { return m_Index; }
  void SetIndex(unsigned int i, IndexValueType index) { m_Index[i] = index; }
  IndexValueType GetIndex(unsigned int i) const { return m_Index[i]; }

  void SetSize(const SizeType & size) { m_Size = size; }
  const SizeType & GetSize() const { return m_Size; }
  SizeType & GetModifiableSize() { return m_Size; }
  void SetSize(unsigned int i, SizeValueType size) { m_Size[i] = size; }
  SizeValueType GetSize(unsigned int i) const { return m_Size[i]; }

  IndexType GetUpperIndex() const
  {
    IndexType upper;
    for (unsigned int i = 0; i < VImageDimension; ++i)
    {
      upper[i] = m_Index[i] + static_cast<IndexValueType>(m_Size[i]) - 1;
    }
    return upper;
  }

  SizeValueType GetNumberOfPixels() const { return m_Size.CalculateProductOfElements(); }

  bool IsInside(const IndexType & index) const
  {
    for (unsigned int i = 0; i < VImageDimension; ++i)
    {
      if (index[i] < m_Index[i] || index[i] >= m_Index[i] + static_cast<IndexValueType>(m_Size[i]))
      {
        return false;
      }
    }
    return true;
  }

  // A continuous index is inside when it rounds to a pixel of the region (ITK 5.2's test; NaN is never inside).
  template <typename TCoordRepType>
  bool IsInside(const ContinuousIndex<TCoordRepType, VImageDimension> & index) const
  {
    for (unsigned int i = 0; i < VImageDimension; ++i)
    {
      // NaN and values far outside are out before rounding: their conversion to an integer would overflow.
      const auto bound = static_cast<TCoordRepType>(m_Index[i] + static_cast<IndexValueType>(m_Size[i]) - 0.5);
      if (!(index[i] <= bound) || index[i] < static_cast<TCoordRepType>(m_Index[i]) - 1)
      {
        return false;
      }
      if (Math::RoundHalfIntegerUp<IndexValueType>(index[i]) < m_Index[i])
      {
        return false;
      }
    }
    return true;
  }

  // An empty region is never inside.
  bool IsInside(const Self & region) const
  {
    if (region.GetNumberOfPixels() == 0)
    {
      return false;
    }
    return this->IsInside(region.GetIndex()) && this->IsInside(region.GetUpperIndex());
  }

  void PadByRadius(OffsetValueType radius)
  {
    for (unsigned int i = 0; i < VImageDimension; ++i)
    {
      m_Size[i] += 2 * radius;
      m_Index[i] -= radius;
    }
  }

  void PadByRadius(const SizeType & radius)
  {
    for (unsigned int i = 0; i < VImageDimension; ++i)
    {
      m_Size[i] += 2 * radius[i];
      m_Index[i] -= static_cast<IndexValueType>(radius[i]);
    }
  }

  // Clips this region to `region`; returns false (and leaves this unchanged) when they do not overlap.
  bool Crop(const Self & region)
  {
    IndexType lo;
    IndexType hi;
    for (unsigned int i = 0; i < VImageDimension; ++i)
    {
      lo[i] = std::max(m_Index[i], region.m_Index[i]);
      hi[i] = std::min(m_Index[i] + static_cast<IndexValueType>(m_Size[i]),
                       region.m_Index[i] + static_cast<IndexValueType>(region.m_Size[i]));
      if (hi[i] <= lo[i])
      {
        return false;
      }
    }
    for (unsigned int i = 0; i < VImageDimension; ++i)
    {
      m_Index[i] = lo[i];
      m_Size[i] = static_cast<SizeValueType>(hi[i] - lo[i]);
    }
    return true;
  }

  bool operator==(const Self & r) const { return m_Index == r.m_Index && m_Size == r.m_Size; }
  bool operator!=(const Self & r) const { return !(*this == r); }

private:
  IndexType m_Index;
  SizeType m_Size;
};

template <unsigned int VImageDimension>
std::ostream & operator<<(std::ostream & os, const ImageRegion<VImageDimension> & region)
{
  return os << "ImageRegion(index " << region.GetIndex() << ", size " << region.GetSize() << ")";
}
} // namespace itk
