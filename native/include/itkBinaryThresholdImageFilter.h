// Maps pixels inside [LowerThreshold, UpperThreshold] to InsideValue and all others to OutsideValue.
#pragma once

#include "itkImageToImageFilter.h"

#include <limits>

namespace itk
{
template <typename TInputImage, typename TOutputImage>
class BinaryThresholdImageFilter : public ImageToImageFilter<TInputImage, TOutputImage>
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(BinaryThresholdImageFilter);

  using Self = BinaryThresholdImageFilter;
  using Superclass = ImageToImageFilter<TInputImage, TOutputImage>;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  using InputPixelType = typename TInputImage::PixelType;
  using OutputPixelType = typename TOutputImage::PixelType;
  using OutputImageRegionType = typename TOutputImage::RegionType;

  itkNewMacro(Self);
  itkTypeMacro(BinaryThresholdImageFilter, ImageToImageFilter);

  itkSetMacro(OutsideValue, OutputPixelType);
  itkGetConstReferenceMacro(OutsideValue, OutputPixelType);
  itkSetMacro(InsideValue, OutputPixelType);
  itkGetConstReferenceMacro(InsideValue, OutputPixelType);

  virtual void SetUpperThreshold(const InputPixelType threshold)
  {
    if (m_UpperThreshold != threshold)
    {
      m_UpperThreshold = threshold;
      this->Modified();
    }
  }
  virtual void SetLowerThreshold(const InputPixelType threshold)
  {
    if (m_LowerThreshold != threshold)
    {
      m_LowerThreshold = threshold;
      this->Modified();
    }
  }
  virtual InputPixelType GetUpperThreshold() const { return m_UpperThreshold; }
  virtual InputPixelType GetLowerThreshold() const { return m_LowerThreshold; }

protected:
  // Defaults as in ITK: every input value is inside; inside = max of the output type, outside = 0.
  BinaryThresholdImageFilter()
    : m_LowerThreshold(std::numeric_limits<InputPixelType>::lowest())
    , m_UpperThreshold(std::numeric_limits<InputPixelType>::max())
    , m_InsideValue(std::numeric_limits<OutputPixelType>::max())
    , m_OutsideValue(OutputPixelType())
  {}
  ~BinaryThresholdImageFilter() override = default;

  void BeforeThreadedGenerateData() override
  {
    if (m_LowerThreshold > m_UpperThreshold)
    {
      itkTypedExceptionMacro(InvalidArgumentError,
                             << "Lower threshold cannot be greater than upper threshold (" << +m_LowerThreshold
                             << " > " << +m_UpperThreshold << ")");
    }
  }

  void DynamicThreadedGenerateData(const OutputImageRegionType & region) override
  {
    const InputPixelType * in = this->GetInput()->GetBufferPointer();
    OutputPixelType * out = this->GetOutput()->GetBufferPointer();
    const InputPixelType lower = m_LowerThreshold;
    const InputPixelType upper = m_UpperThreshold;
    const OutputPixelType inside = m_InsideValue;
    const OutputPixelType outside = m_OutsideValue;
    // Pieces are slabs of a whole-image buffer, hence contiguous; process them a row at a time.
    const SizeValueType row = region.GetSize(0);
    OffsetValueType offset = this->GetOutput()->ComputeOffset(region.GetIndex());
    for (SizeValueType done = 0, total = region.GetNumberOfPixels(); done < total; done += row, offset += row)
    {
      for (SizeValueType i = 0; i < row; ++i)
      {
        const InputPixelType v = in[offset + static_cast<OffsetValueType>(i)];
        out[offset + static_cast<OffsetValueType>(i)] = (lower <= v && v <= upper) ? inside : outside;
      }
      this->ReportThreadedProgress(row);
    }
  }

  void PrintSelf(std::ostream & os, Indent indent) const override
  {
    Superclass::PrintSelf(os, indent);
    os << indent << "LowerThreshold: " << +m_LowerThreshold << "\n"
       << indent << "UpperThreshold: " << +m_UpperThreshold << "\n"
       << indent << "InsideValue: " << +m_InsideValue << "\n"
       << indent << "OutsideValue: " << +m_OutsideValue << "\n";
  }

private:
  InputPixelType m_LowerThreshold;
  InputPixelType m_UpperThreshold;
  OutputPixelType m_InsideValue;
  OutputPixelType m_OutsideValue;
};
} // namespace itk
