// Writes an image to a MetaImage file (.mha, or .mhd with a .raw data file).
#pragma once

#include "itkEventObject.h"
#include "itkMetaImageFile.h"
#include "itkProcessObject.h"

namespace itk
{
template <typename TInputImage>
class ImageFileWriter : public ProcessObject
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(ImageFileWriter);

  using Self = ImageFileWriter;
  using Superclass = ProcessObject;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  using InputImageType = TInputImage;
  using InputImagePointer = typename InputImageType::Pointer;
  using InputImageRegionType = typename InputImageType::RegionType;
  using InputImagePixelType = typename InputImageType::PixelType;

  itkNewMacro(Self);
  itkTypeMacro(ImageFileWriter, ProcessObject);

  itkSetStringMacro(FileName);
  itkGetStringMacro(FileName);

  void SetInput(const InputImageType * input) { this->SetNthInput(0, const_cast<InputImageType *>(input)); }
  const InputImageType * GetInput() const { return dynamic_cast<const InputImageType *>(ProcessObject::GetInput(0)); }

  // Updates the input's pipeline and writes the file, every time it is called.
  virtual void Write()
  {
    this->ResetPipeline();
    this->Superclass::Update();
  }

  void Update() override { this->Write(); }

protected:
  ImageFileWriter() { this->SetNumberOfRequiredInputs(1); }
  ~ImageFileWriter() override = default;

  void VerifyPreconditions() const override
  {
    Superclass::VerifyPreconditions();
    if (m_FileName.empty())
    {
      throw ImageFileWriterException(__FILE__, __LINE__, "No filename was specified", ITK_LOCATION);
    }
    if (!Detail::MetaImageFile::IsMetaImageFileName(m_FileName))
    {
      throw ImageFileWriterException(
        __FILE__, __LINE__, "Could not create IO object for writing file " + m_FileName + ": only .mha and .mhd are supported",
        ITK_LOCATION);
    }
    static_assert(Detail::MetaElementTypeOf<InputImagePixelType>() != Detail::MetaElementType::Unknown,
                  "ImageFileWriter supports scalar pixel types only");
  }

  void GenerateData() override
  {
    const InputImageType * input = this->GetInput();
    const InputImageRegionType & region = input->GetLargestPossibleRegion();
    if (input->GetBufferedRegion() != region ||
        (region.GetNumberOfPixels() > 0 && input->GetBufferPointer() == nullptr))
    {
      throw ImageFileWriterException(
        __FILE__, __LINE__, "Cannot write " + m_FileName + ": the input image is not allocated", ITK_LOCATION);
    }
    Detail::MetaImageInfo info;
    info.NDims = InputImageType::ImageDimension;
    info.ElementType = Detail::MetaElementTypeOf<InputImagePixelType>();
    for (unsigned int d = 0; d < InputImageType::ImageDimension; ++d)
    {
      info.DimSize.push_back(region.GetSize(d));
      info.Spacing.push_back(input->GetSpacing()[d]);
      info.Origin.push_back(input->GetOrigin()[d]);
    }
    for (unsigned int axis = 0; axis < InputImageType::ImageDimension; ++axis)
    {
      for (unsigned int d = 0; d < InputImageType::ImageDimension; ++d)
      {
        info.TransformMatrix.push_back(input->GetDirection()[d][axis]);
      }
    }
    Detail::MetaImageFile::Write(m_FileName, info, input->GetBufferPointer());
  }

  void PrintSelf(std::ostream & os, Indent indent) const override
  {
    Superclass::PrintSelf(os, indent);
    os << indent << "FileName: " << m_FileName << "\n";
  }

private:
  std::string m_FileName;
};
} // namespace itk
