// Reads a MetaImage file into an image, converting the stored element type to the image's pixel type.
#pragma once

#include "itkImageSource.h"
#include "itkMetaImageFile.h"

#include <sstream>

namespace itk
{
template <typename TOutputImage>
class ImageFileReader : public ImageSource<TOutputImage>
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(ImageFileReader);

  using Self = ImageFileReader;
  using Superclass = ImageSource<TOutputImage>;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  using OutputImageType = TOutputImage;
  using OutputImagePixelType = typename TOutputImage::PixelType;
  using RegionType = typename TOutputImage::RegionType;
  static constexpr unsigned int ImageDimension = TOutputImage::ImageDimension;

  itkNewMacro(Self);
  itkTypeMacro(ImageFileReader, ImageSource);

  virtual void SetFileName(const std::string & fileName)
  {
    if (m_FileName != fileName)
    {
      m_FileName = fileName;
      this->Modified();
    }
  }
  virtual const std::string & GetFileName() const { return m_FileName; }

protected:
  ImageFileReader() = default;
  ~ImageFileReader() override = default;

  void VerifyPreconditions() const override
  {
    Superclass::VerifyPreconditions();
    if (m_FileName.empty())
    {
      throw ImageFileReaderException(__FILE__, __LINE__, "FileName must be specified", ITK_LOCATION);
    }
  }

  void GenerateData() override
  {
    Detail::MetaImageInfo info;
    const std::vector<unsigned char> raw = Detail::MetaImageFile::Read(m_FileName, info);

    // Fewer dimensions in the file are padded with size 1; more are accepted only if they are all size 1.
    for (unsigned int d = ImageDimension; d < info.NDims; ++d)
    {
      if (info.DimSize[d] != 1)
      {
        std::ostringstream msg;
        msg << "Could not read " << m_FileName << ": the file has " << info.NDims
            << " dimensions, which do not fit an image of dimension " << ImageDimension;
        throw ImageFileReaderException(__FILE__, __LINE__, msg.str(), ITK_LOCATION);
      }
    }
    typename TOutputImage::SizeType size;
    typename TOutputImage::SpacingType spacing;
    typename TOutputImage::PointType origin;
    auto direction = TOutputImage::DirectionType::GetIdentity();
    for (unsigned int d = 0; d < ImageDimension; ++d)
    {
      const bool inFile = d < info.NDims;
      size[d] = inFile ? info.DimSize[d] : 1;
      spacing[d] = inFile ? info.Spacing[d] : 1.0;
      origin[d] = inFile ? info.Origin[d] : 0.0;
      for (unsigned int axis = 0; axis < ImageDimension && inFile && !info.TransformMatrix.empty(); ++axis)
      {
        direction[d][axis] = axis < info.NDims ? info.TransformMatrix[axis * info.NDims + d] : 0.0;
      }
    }
    OutputImageType * output = this->GetOutput();
    output->SetRegions(RegionType(size));
    output->SetSpacing(spacing);
    output->SetOrigin(origin);
    output->SetDirection(direction);
    output->Allocate();
    Detail::ConvertMetaBuffer(
      raw.data(), info.ElementType, output->GetBufferedRegion().GetNumberOfPixels(), output->GetBufferPointer());
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
