// Internal helpers for filters: visiting an image region line by line and clamped box neighborhoods.
#pragma once

#include "itkImageRegion.h"

#include <algorithm>
#include <vector>

namespace itk
{
namespace Detail
{
// Calls f(lineStartIndex, lineLength) for every row (along dimension 0) of `region`, in buffer order.
template <unsigned int VDimension, typename TFunc>
void
ForEachLine(const ImageRegion<VDimension> & region, TFunc && f)
{
  if (region.GetNumberOfPixels() == 0)
  {
    return;
  }
  Index<VDimension> idx = region.GetIndex();
  const Index<VDimension> start = region.GetIndex();
  const SizeValueType length = region.GetSize(0);
  for (;;)
  {
    f(static_cast<const Index<VDimension> &>(idx), length);
    unsigned int d = 1;
    for (; d < VDimension; ++d)
    {
      if (++idx[d] < start[d] + static_cast<IndexValueType>(region.GetSize(d)))
      {
        break;
      }
      idx[d] = start[d];
    }
    if (d >= VDimension)
    {
      return;
    }
  }
}

inline IndexValueType
ClampIndex(IndexValueType v, IndexValueType lo, IndexValueType hi)
{
  return v < lo ? lo : (v > hi ? hi : v);
}

// Buffer offsets of the (2r+1)^D box around a pixel. Interior pixels use one precomputed offset list;
// pixels near the border get coordinates clamped to the image (ITK's zero-flux Neumann condition).
template <unsigned int VDimension>
class BoxNeighborhood
{
public:
  BoxNeighborhood(const ImageRegion<VDimension> & buffered, const OffsetValueType * strides, const itk::Size<VDimension> & r)
    : m_Region(buffered)
    , m_Radius(r)
  {
    std::copy(strides, strides + VDimension, m_Strides);
    std::size_t count = 1;
    for (unsigned int d = 0; d < VDimension; ++d)
    {
      count *= 2 * r[d] + 1;
    }
    m_InteriorOffsets.resize(count);
    std::vector<OffsetValueType> perDim[VDimension];
    for (unsigned int d = 0; d < VDimension; ++d)
    {
      for (IndexValueType k = -static_cast<IndexValueType>(r[d]); k <= static_cast<IndexValueType>(r[d]); ++k)
      {
        perDim[d].push_back(k * m_Strides[d]);
      }
    }
    Combine(perDim, m_InteriorOffsets.data());
  }

  std::size_t Size() const { return m_InteriorOffsets.size(); }

  // Offsets relative to the center pixel, valid when the whole box lies inside the image.
  const std::vector<OffsetValueType> & InteriorOffsets() const { return m_InteriorOffsets; }

  // True when rows through lineStart keep the box inside the image along dimensions 1..D-1.
  bool IsInteriorLine(const Index<VDimension> & lineStart) const
  {
    for (unsigned int d = 1; d < VDimension; ++d)
    {
      const IndexValueType lo = m_Region.GetIndex(d);
      const IndexValueType hi = lo + static_cast<IndexValueType>(m_Region.GetSize(d)) - 1;
      const auto r = static_cast<IndexValueType>(m_Radius[d]);
      if (lineStart[d] - r < lo || lineStart[d] + r > hi)
      {
        return false;
      }
    }
    return true;
  }

  // Range of x for which the box stays inside along dimension 0: [InteriorBegin, InteriorEnd).
  IndexValueType InteriorBegin() const { return m_Region.GetIndex(0) + static_cast<IndexValueType>(m_Radius[0]); }
  IndexValueType InteriorEnd() const
  {
    return m_Region.GetIndex(0) + static_cast<IndexValueType>(m_Region.GetSize(0)) -
           static_cast<IndexValueType>(m_Radius[0]);
  }

  // Absolute buffer offsets of the clamped box around `center`, in the same order as InteriorOffsets().
  void ClampedOffsets(const Index<VDimension> & center, OffsetValueType * result) const
  {
    std::vector<OffsetValueType> perDim[VDimension];
    for (unsigned int d = 0; d < VDimension; ++d)
    {
      const IndexValueType lo = m_Region.GetIndex(d);
      const IndexValueType hi = lo + static_cast<IndexValueType>(m_Region.GetSize(d)) - 1;
      const auto r = static_cast<IndexValueType>(m_Radius[d]);
      for (IndexValueType k = -r; k <= r; ++k)
      {
        perDim[d].push_back((ClampIndex(center[d] + k, lo, hi) - lo) * m_Strides[d]);
      }
    }
    Combine(perDim, result);
  }

private:
  // Sums one entry per dimension for every combination, dimension 0 varying fastest.
  static void Combine(const std::vector<OffsetValueType> (&perDim)[VDimension], OffsetValueType * out)
  {
    std::size_t n = 1;
    out[0] = 0;
    for (unsigned int d = 0; d < VDimension; ++d)
    {
      const std::size_t m = perDim[d].size();
      // Expand from the back so the existing prefix is read before it is overwritten.
      for (std::size_t j = m; j-- > 0;)
      {
        for (std::size_t i = 0; i < n; ++i)
        {
          out[j * n + i] = out[i] + perDim[d][j];
        }
      }
      n *= m;
    }
  }

  ImageRegion<VDimension> m_Region;
  itk::Size<VDimension> m_Radius;
  OffsetValueType m_Strides[VDimension];
  std::vector<OffsetValueType> m_InteriorOffsets;
};
} // namespace Detail
} // namespace itk
