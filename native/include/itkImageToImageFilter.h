// Base of image-in, image-out filters: input setters/getters and output geometry copied from input 0.
#pragma once

#include "itkImageSource.h"

namespace itk
{
template <typename TInputImage, typename TOutputImage>
class ImageToImageFilter : public ImageSource<TOutputImage>
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(ImageToImageFilter);

  using Self = ImageToImageFilter;
  using Superclass = ImageSource<TOutputImage>;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  using InputImageType = TInputImage;
  using InputImagePointer = typename InputImageType::Pointer;
  using InputImageConstPointer = typename InputImageType::ConstPointer;
  using InputImageRegionType = typename InputImageType::RegionType;
  using InputImagePixelType = typename InputImageType::PixelType;
  using typename Superclass::OutputImageType;
  using typename Superclass::OutputImagePixelType;
  using typename Superclass::OutputImageRegionType;
  static constexpr unsigned int InputImageDimension = TInputImage::ImageDimension;
  static constexpr unsigned int OutputImageDimension = TOutputImage::ImageDimension;

  itkTypeMacro(ImageToImageFilter, ImageSource);

  virtual void SetInput(const InputImageType * input) { this->SetInput(0, input); }
  virtual void SetInput(unsigned int idx, const TInputImage * input)
  {
    // The pipeline stores inputs non-const (as ITK does) but never writes to them.
    this->SetNthInput(idx, const_cast<TInputImage *>(input));
  }

  const InputImageType * GetInput() const { return this->GetInput(0); }
  const InputImageType * GetInput(unsigned int idx) const
  {
    return dynamic_cast<const TInputImage *>(ProcessObject::GetInput(idx));
  }

protected:
  ImageToImageFilter() { this->SetNumberOfRequiredInputs(1); }
  ~ImageToImageFilter() override = default;

  void GenerateOutputInformation() override
  {
    const InputImageType * input = this->GetInput();
    if (input == nullptr)
    {
      return;
    }
    for (ProcessObject::DataObjectPointerArraySizeType i = 0; i < this->GetNumberOfIndexedOutputs(); ++i)
    {
      if (auto * out = dynamic_cast<OutputImageType *>(ProcessObject::GetOutput(i)))
      {
        out->SetLargestPossibleRegion(input->GetLargestPossibleRegion());
        out->SetSpacing(input->GetSpacing());
        out->SetOrigin(input->GetOrigin());
        out->SetDirection(input->GetDirection());
        out->SetRequestedRegionToLargestPossibleRegion();
      }
    }
  }

  // Filters read whole inputs, so every input image must be fully buffered.
  void VerifyInputInformation() const override
  {
    for (ProcessObject::DataObjectPointerArraySizeType i = 0; i < this->GetNumberOfIndexedInputs(); ++i)
    {
      const auto * in = dynamic_cast<const InputImageType *>(ProcessObject::GetInput(i));
      if (in == nullptr)
      {
        continue;
      }
      if (in->GetBufferedRegion() != in->GetLargestPossibleRegion() ||
          (in->GetLargestPossibleRegion().GetNumberOfPixels() > 0 && in->GetBufferPointer() == nullptr))
      {
        itkTypedExceptionMacro(InvalidArgumentError,
                               << "Input " << i << " is not allocated over its largest possible region "
                               << in->GetLargestPossibleRegion());
      }
    }
  }
};
} // namespace itk
