// Base of filters that produce an image: owns output 0 and runs DynamicThreadedGenerateData over work units.
#pragma once

#include "itkImage.h"
#include "itkProcessObject.h"

namespace itk
{
template <typename TOutputImage>
class ImageSource : public ProcessObject
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(ImageSource);

  using Self = ImageSource;
  using Superclass = ProcessObject;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  using OutputImageType = TOutputImage;
  using OutputImagePointer = typename OutputImageType::Pointer;
  using OutputImageRegionType = typename OutputImageType::RegionType;
  using OutputImagePixelType = typename OutputImageType::PixelType;
  static constexpr unsigned int OutputImageDimension = TOutputImage::ImageDimension;

  itkTypeMacro(ImageSource, ProcessObject);

  OutputImageType * GetOutput() { return this->GetOutput(0); }
  const OutputImageType * GetOutput() const { return static_cast<const OutputImageType *>(Superclass::GetOutput(0)); }
  OutputImageType * GetOutput(unsigned int idx) { return dynamic_cast<OutputImageType *>(Superclass::GetOutput(idx)); }

  // Makes output 0 share `output`'s buffer and geometry (used by pass-through filters).
  virtual void GraftOutput(DataObject * output) { this->GetOutput()->Graft(output); }

protected:
  ImageSource() { this->SetNthOutput(0, OutputImageType::New().GetPointer()); }
  ~ImageSource() override = default;

  // Allocates every image output over its requested region.
  virtual void AllocateOutputs()
  {
    for (DataObjectPointerArraySizeType i = 0; i < this->GetNumberOfIndexedOutputs(); ++i)
    {
      if (auto * out = dynamic_cast<OutputImageType *>(Superclass::GetOutput(i)))
      {
        out->SetBufferedRegion(out->GetRequestedRegion());
        out->Allocate();
      }
    }
  }

  virtual void BeforeThreadedGenerateData() {}
  virtual void AfterThreadedGenerateData() {}

  // Called concurrently for disjoint pieces of the output's requested region.
  virtual void DynamicThreadedGenerateData(const OutputImageRegionType &)
  {
    itkExceptionMacro(<< "Subclass should override DynamicThreadedGenerateData");
  }

  // Runs `func` over the pieces of `region` on this filter's work units with progress and abort support.
  template <typename TFunc>
  void ParallelizeOverRegion(const OutputImageRegionType & region, TFunc && func)
  {
    MultiThreaderBase * threader = this->GetMultiThreader();
    threader->SetNumberOfWorkUnits(this->GetNumberOfWorkUnits());
    threader->template ParallelizeImageRegion<OutputImageDimension>(region, std::forward<TFunc>(func), this);
  }

  void GenerateData() override
  {
    this->AllocateOutputs();
    this->BeforeThreadedGenerateData();
    this->ParallelizeOverRegion(this->GetOutput()->GetRequestedRegion(),
                                [this](const OutputImageRegionType & r) { this->DynamicThreadedGenerateData(r); });
    this->AfterThreadedGenerateData();
  }
};
} // namespace itk
