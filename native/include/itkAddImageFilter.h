// Pixel-wise sum of two images (or of an image and a constant), computed in the promoted type then cast.
#pragma once

#include "itkImageToImageFilter.h"

namespace itk
{
template <typename TInputImage1, typename TInputImage2 = TInputImage1, typename TOutputImage = TInputImage1>
class AddImageFilter : public ImageToImageFilter<TInputImage1, TOutputImage>
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(AddImageFilter);

  using Self = AddImageFilter;
  using Superclass = ImageToImageFilter<TInputImage1, TOutputImage>;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  using Input1ImageType = TInputImage1;
  using Input2ImageType = TInputImage2;
  using OutputImageType = TOutputImage;
  using Input1ImagePixelType = typename TInputImage1::PixelType;
  using Input2ImagePixelType = typename TInputImage2::PixelType;
  using OutputPixelType = typename TOutputImage::PixelType;
  using OutputImageRegionType = typename TOutputImage::RegionType;

  itkNewMacro(Self);
  itkTypeMacro(AddImageFilter, ImageToImageFilter);

  virtual void SetInput1(const TInputImage1 * image1) { this->SetInput(0, image1); }

  virtual void SetInput2(const TInputImage2 * image2)
  {
    m_UseConstant2 = false;
    this->SetNthInput(1, const_cast<TInputImage2 *>(image2));
  }

  // A constant second operand replaces the second image.
  virtual void SetInput2(const Input2ImagePixelType & input2) { this->SetConstant2(input2); }
  virtual void SetConstant2(const Input2ImagePixelType & input2)
  {
    this->SetNthInput(1, nullptr);
    if (!m_UseConstant2 || m_Constant2 != input2)
    {
      m_UseConstant2 = true;
      m_Constant2 = input2;
      this->Modified();
    }
  }
  virtual const Input2ImagePixelType & GetConstant2() const
  {
    if (!m_UseConstant2)
    {
      itkExceptionMacro(<< "Constant 2 is not set");
    }
    return m_Constant2;
  }

  const TInputImage2 * GetInput2() const { return dynamic_cast<const TInputImage2 *>(ProcessObject::GetInput(1)); }

protected:
  AddImageFilter() = default;
  ~AddImageFilter() override = default;

  void VerifyPreconditions() const override
  {
    Superclass::VerifyPreconditions();
    if (!m_UseConstant2 && this->GetInput2() == nullptr)
    {
      itkExceptionMacro(<< "Input 2 is required but not set (neither an image nor a constant).");
    }
  }

  void VerifyInputInformation() const override
  {
    Superclass::VerifyInputInformation();
    const TInputImage2 * in2 = this->GetInput2();
    if (in2 == nullptr)
    {
      return;
    }
    const auto & r1 = this->GetInput()->GetLargestPossibleRegion();
    const auto & r2 = in2->GetLargestPossibleRegion();
    if (r1.GetIndex() != r2.GetIndex() || r1.GetSize() != r2.GetSize())
    {
      itkExceptionMacro(<< "Inputs do not cover the same region: input 1 is " << r1 << ", input 2 is " << r2);
    }
    if (in2->GetBufferedRegion() != r2 || (r2.GetNumberOfPixels() > 0 && in2->GetBufferPointer() == nullptr))
    {
      itkTypedExceptionMacro(InvalidArgumentError, << "Input 2 is not allocated over its largest possible region");
    }
  }

  void DynamicThreadedGenerateData(const OutputImageRegionType & region) override
  {
    using SumType = decltype(Input1ImagePixelType() + Input2ImagePixelType());
    const Input1ImagePixelType * in1 = this->GetInput()->GetBufferPointer();
    const TInputImage2 * image2 = this->GetInput2();
    const Input2ImagePixelType * in2 = image2 ? image2->GetBufferPointer() : nullptr;
    const Input2ImagePixelType constant = m_Constant2;
    OutputPixelType * out = this->GetOutput()->GetBufferPointer();
    const SizeValueType row = region.GetSize(0);
    OffsetValueType offset = this->GetOutput()->ComputeOffset(region.GetIndex());
    for (SizeValueType done = 0, total = region.GetNumberOfPixels(); done < total; done += row, offset += row)
    {
      for (SizeValueType i = 0; i < row; ++i)
      {
        const OffsetValueType o = offset + static_cast<OffsetValueType>(i);
        const SumType sum = static_cast<SumType>(in1[o]) + static_cast<SumType>(in2 ? in2[o] : constant);
        out[o] = static_cast<OutputPixelType>(sum);
      }
      this->ReportThreadedProgress(row);
    }
  }

private:
  bool m_UseConstant2{ false };
  Input2ImagePixelType m_Constant2{};
};
} // namespace itk
