// Median over a box neighborhood (radius per dimension), borders clamped to the edge.
#pragma once

#include "itkBoxImageFilter.h"
#include "itkImageLineIteration.h"

#include <algorithm>
#include <vector>

namespace itk
{
template <typename TInputImage, typename TOutputImage>
class MedianImageFilter : public BoxImageFilter<TInputImage, TOutputImage>
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(MedianImageFilter);

  using Self = MedianImageFilter;
  using Superclass = BoxImageFilter<TInputImage, TOutputImage>;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  using InputImageType = TInputImage;
  using OutputImageType = TOutputImage;
  using InputPixelType = typename TInputImage::PixelType;
  using OutputPixelType = typename TOutputImage::PixelType;
  using OutputImageRegionType = typename TOutputImage::RegionType;
  using typename Superclass::RadiusType;
  static constexpr unsigned int InputImageDimension = TInputImage::ImageDimension;
  static constexpr unsigned int OutputImageDimension = TOutputImage::ImageDimension;

  itkNewMacro(Self);
  itkTypeMacro(MedianImageFilter, BoxImageFilter);

protected:
  MedianImageFilter() = default;
  ~MedianImageFilter() override = default;

  void DynamicThreadedGenerateData(const OutputImageRegionType & region) override
  {
    const InputImageType * input = this->GetInput();
    OutputImageType * output = this->GetOutput();
    const InputPixelType * in = input->GetBufferPointer();
    OutputPixelType * out = output->GetBufferPointer();
    const Detail::BoxNeighborhood<InputImageDimension> box(
      input->GetBufferedRegion(), input->GetOffsetTable(), this->GetRadius());

    const std::size_t n = box.Size();
    const std::vector<OffsetValueType> & interior = box.InteriorOffsets();
    std::vector<OffsetValueType> clamped(n);
    std::vector<InputPixelType> values(n); // per work unit, reused for every pixel
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(n / 2);

    Detail::ForEachLine(region, [&](const typename InputImageType::IndexType & lineStart, SizeValueType length) {
      const bool interiorLine = box.IsInteriorLine(lineStart);
      typename InputImageType::IndexType idx = lineStart;
      OffsetValueType inOffset = input->ComputeOffset(lineStart);
      OffsetValueType outOffset = output->ComputeOffset(lineStart);
      for (SizeValueType i = 0; i < length; ++i, ++inOffset, ++outOffset)
      {
        idx[0] = lineStart[0] + static_cast<IndexValueType>(i);
        if (interiorLine && idx[0] >= box.InteriorBegin() && idx[0] < box.InteriorEnd())
        {
          const InputPixelType * center = in + inOffset;
          for (std::size_t k = 0; k < n; ++k)
          {
            values[k] = center[interior[k]];
          }
        }
        else
        {
          box.ClampedOffsets(idx, clamped.data());
          for (std::size_t k = 0; k < n; ++k)
          {
            values[k] = in[clamped[k]];
          }
        }
        std::nth_element(values.begin(), middle, values.end());
        out[outOffset] = static_cast<OutputPixelType>(*middle);
      }
      this->ReportThreadedProgress(length);
    });
  }
};
} // namespace itk
