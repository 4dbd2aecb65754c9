// N-dimensional image with a contiguous pixel buffer (x fastest), shared between grafted images.
#pragma once

#include "itkImageBase.h"

#include <memory>
#include <new>

namespace itk
{
template <typename TPixel, unsigned int VImageDimension = 2>
class Image : public ImageBase<VImageDimension>
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(Image);

  using Self = Image;
  using Superclass = ImageBase<VImageDimension>;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  itkNewMacro(Self);
  itkTypeMacro(Image, ImageBase);

  using PixelType = TPixel;
  using ValueType = TPixel;
  using InternalPixelType = TPixel;
  using IOPixelType = TPixel;
  static constexpr unsigned int ImageDimension = VImageDimension;

  using typename Superclass::IndexType;
  using typename Superclass::OffsetType;
  using typename Superclass::OffsetValueType;
  using typename Superclass::PointType;
  using typename Superclass::RegionType;
  using typename Superclass::SizeType;
  using typename Superclass::SizeValueType;
  using typename Superclass::SpacingType;

  // Allocates the buffered region; pixels are zeroed only when asked (like ITK, for speed).
  void Allocate(bool initializePixels = false) override
  {
    const SizeValueType n = this->GetBufferedRegion().GetNumberOfPixels();
    try
    {
      m_Buffer = initializePixels ? std::shared_ptr<TPixel[]>(new TPixel[n]())
                                  : std::shared_ptr<TPixel[]>(new TPixel[n]);
    }
    catch (const std::bad_alloc &)
    {
      std::ostringstream msg;
      msg << "Failed to allocate memory for image of " << n << " pixels";
      throw MemoryAllocationError(__FILE__, __LINE__, msg.str(), ITK_LOCATION);
    }
    m_BufferSize = n;
    this->Modified();
  }

  void Initialize() override
  {
    Superclass::Initialize();
    m_Buffer.reset();
    m_BufferSize = 0;
  }

  void FillBuffer(const TPixel & value)
  {
    std::fill(m_Buffer.get(), m_Buffer.get() + m_BufferSize, value);
    this->Modified();
  }

  // No bounds check (as in ITK): the index must be inside the buffered region.
  void SetPixel(const IndexType & index, const TPixel & value) { m_Buffer[this->ComputeOffset(index)] = value; }
  const TPixel & GetPixel(const IndexType & index) const { return m_Buffer[this->ComputeOffset(index)]; }
  TPixel & GetPixel(const IndexType & index) { return m_Buffer[this->ComputeOffset(index)]; }
  TPixel & operator[](const IndexType & index) { return this->GetPixel(index); }
  const TPixel & operator[](const IndexType & index) const { return this->GetPixel(index); }

  TPixel * GetBufferPointer() { return m_Buffer.get(); }
  const TPixel * GetBufferPointer() const { return m_Buffer.get(); }

  // Number of pixels currently allocated.
  SizeValueType GetBufferSize() const { return m_BufferSize; }

  void Graft(const DataObject * data) override
  {
    const auto * other = dynamic_cast<const Self *>(data);
    if (other == nullptr)
    {
      itkTypedExceptionMacro(InvalidArgumentError, << "Graft: source is not an image of the same type");
    }
    this->SetLargestPossibleRegion(other->GetLargestPossibleRegion());
    this->SetBufferedRegion(other->GetBufferedRegion());
    this->SetRequestedRegion(other->GetRequestedRegion());
    this->SetSpacing(other->GetSpacing());
    this->SetOrigin(other->GetOrigin());
    this->SetDirection(other->GetDirection());
    m_Buffer = other->m_Buffer;
    m_BufferSize = other->m_BufferSize;
    this->Modified();
  }

protected:
  Image() = default;
  ~Image() override = default;

private:
  std::shared_ptr<TPixel[]> m_Buffer;
  SizeValueType m_BufferSize{ 0 };
};
} // namespace itk
