// Converts each pixel to the output pixel type with static_cast.
#pragma once

#include "itkImageToImageFilter.h"

namespace itk
{
template <typename TInputImage, typename TOutputImage>
class CastImageFilter : public ImageToImageFilter<TInputImage, TOutputImage>
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(CastImageFilter);

  using Self = CastImageFilter;
  using Superclass = ImageToImageFilter<TInputImage, TOutputImage>;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  using InputPixelType = typename TInputImage::PixelType;
  using OutputPixelType = typename TOutputImage::PixelType;
  using OutputImageRegionType = typename TOutputImage::RegionType;

  itkNewMacro(Self);
  itkTypeMacro(CastImageFilter, ImageToImageFilter);

protected:
  CastImageFilter() = default;
  ~CastImageFilter() override = default;

  void DynamicThreadedGenerateData(const OutputImageRegionType & region) override
  {
    const InputPixelType * in = this->GetInput()->GetBufferPointer();
    OutputPixelType * out = this->GetOutput()->GetBufferPointer();
    const SizeValueType row = region.GetSize(0);
    OffsetValueType offset = this->GetOutput()->ComputeOffset(region.GetIndex());
    for (SizeValueType done = 0, total = region.GetNumberOfPixels(); done < total; done += row, offset += row)
    {
      for (SizeValueType i = 0; i < row; ++i)
      {
        out[offset + static_cast<OffsetValueType>(i)] =
          static_cast<OutputPixelType>(in[offset + static_cast<OffsetValueType>(i)]);
      }
      this->ReportThreadedProgress(row);
    }
  }
};
} // namespace itk
