// Shared helpers for the tests: random images and naive reference accessors.
#pragma once

#include "itkImage.h"

#include <random>
#include <type_traits>

namespace itkbindgen_test
{
template <typename TImage>
typename TImage::Pointer
MakeRandomImage(const typename TImage::SizeType & size, unsigned int seed, double lo = 0.0, double hi = 100.0)
{
  using PixelType = typename TImage::PixelType;
  auto image = TImage::New();
  image->SetRegions(size);
  image->Allocate();
  std::mt19937 rng(seed);
  PixelType * p = image->GetBufferPointer();
  for (itk::SizeValueType i = 0; i < image->GetBufferSize(); ++i)
  {
    if constexpr (std::is_floating_point_v<PixelType>)
    {
      p[i] = static_cast<PixelType>(std::uniform_real_distribution<double>(lo, hi)(rng));
    }
    else
    {
      p[i] = static_cast<PixelType>(std::uniform_int_distribution<long>(static_cast<long>(lo), static_cast<long>(hi))(rng));
    }
  }
  return image;
}

// Visits every index of a region (dimension 0 fastest).
template <unsigned int D, typename F>
void
ForEachIndex(const itk::ImageRegion<D> & region, F f)
{
  if (region.GetNumberOfPixels() == 0)
  {
    return;
  }
  itk::Index<D> idx = region.GetIndex();
  for (;;)
  {
    f(idx);
    unsigned int d = 0;
    for (; d < D; ++d)
    {
      if (++idx[d] < region.GetIndex(d) + static_cast<long>(region.GetSize(d)))
      {
        break;
      }
      idx[d] = region.GetIndex(d);
    }
    if (d == D)
    {
      return;
    }
  }
}

// Pixel at `idx` with coordinates clamped into the image (zero-flux Neumann).
template <typename TImage>
typename TImage::PixelType
ClampedPixel(const TImage * image, typename TImage::IndexType idx)
{
  const auto & r = image->GetLargestPossibleRegion();
  for (unsigned int d = 0; d < TImage::ImageDimension; ++d)
  {
    const long lo = r.GetIndex(d);
    const long hi = lo + static_cast<long>(r.GetSize(d)) - 1;
    idx[d] = idx[d] < lo ? lo : (idx[d] > hi ? hi : idx[d]);
  }
  return image->GetPixel(idx);
}
} // namespace itkbindgen_test
