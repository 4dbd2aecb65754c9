// Geometry shared by all images of a dimension: regions, spacing, origin, offset table.
#pragma once

#include "itkDataObject.h"
#include "itkImageRegion.h"
#include "itkPoint.h"
#include "itkVector.h"

namespace itk
{
template <unsigned int VImageDimension = 2>
class ImageBase : public DataObject
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(ImageBase);

  using Self = ImageBase;
  using Superclass = DataObject;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  static constexpr unsigned int ImageDimension = VImageDimension;

  using IndexType = Index<VImageDimension>;
  using IndexValueType = typename IndexType::IndexValueType;
  using OffsetType = Offset<VImageDimension>;
  using OffsetValueType = typename OffsetType::OffsetValueType;
  using SizeType = Size<VImageDimension>;
  using SizeValueType = typename SizeType::SizeValueType;
  using RegionType = ImageRegion<VImageDimension>;
  using SpacingValueType = SpacePrecisionType;
  using SpacingType = Vector<SpacingValueType, VImageDimension>;
  using PointValueType = SpacePrecisionType;
  using PointType = Point<PointValueType, VImageDimension>;

  itkTypeMacro(ImageBase, DataObject);

  static constexpr unsigned int GetImageDimension() { return VImageDimension; }

  virtual void SetRegions(const RegionType & region)
  {
    this->SetLargestPossibleRegion(region);
    this->SetBufferedRegion(region);
    this->SetRequestedRegion(region);
  }

  virtual void SetRegions(const SizeType & size) { this->SetRegions(RegionType(size)); }

  virtual void SetLargestPossibleRegion(const RegionType & region)
  {
    if (m_LargestPossibleRegion != region)
    {
      m_LargestPossibleRegion = region;
      this->Modified();
    }
  }
  virtual const RegionType & GetLargestPossibleRegion() const { return m_LargestPossibleRegion; }

  virtual void SetBufferedRegion(const RegionType & region)
  {
    if (m_BufferedRegion != region)
    {
      m_BufferedRegion = region;
      this->ComputeOffsetTable();
      this->Modified();
    }
  }
  virtual const RegionType & GetBufferedRegion() const { return m_BufferedRegion; }

  virtual void SetRequestedRegion(const RegionType & region)
  {
    if (m_RequestedRegion != region)
    {
      m_RequestedRegion = region;
    }
  }
  virtual const RegionType & GetRequestedRegion() const { return m_RequestedRegion; }

  virtual void SetRequestedRegionToLargestPossibleRegion() { this->SetRequestedRegion(m_LargestPossibleRegion); }

  virtual void SetSpacing(const SpacingType & spacing)
  {
    if (m_Spacing != spacing)
    {
      m_Spacing = spacing;
      this->Modified();
    }
  }
  virtual void SetSpacing(const double spacing[VImageDimension]) { this->SetSpacing(SpacingType(spacing)); }
  virtual void SetSpacing(const float spacing[VImageDimension])
  {
    SpacingType s;
    std::copy(spacing, spacing + VImageDimension, s.begin());
    this->SetSpacing(s);
  }
  virtual const SpacingType & GetSpacing() const { return m_Spacing; }

  virtual void SetOrigin(const PointType & origin)
  {
    if (m_Origin != origin)
    {
      m_Origin = origin;
      this->Modified();
    }
  }
  virtual void SetOrigin(const double origin[VImageDimension]) { this->SetOrigin(PointType(origin)); }
  virtual void SetOrigin(const float origin[VImageDimension])
  {
    PointType p;
    std::copy(origin, origin + VImageDimension, p.begin());
    this->SetOrigin(p);
  }
  virtual const PointType & GetOrigin() const { return m_Origin; }

  virtual void Allocate(bool initialize = false) = 0;

  // Linear position of an index within the buffered region (x fastest).
  OffsetValueType ComputeOffset(const IndexType & index) const
  {
    OffsetValueType offset = 0;
    const IndexType & start = m_BufferedRegion.GetIndex();
    for (unsigned int i = 0; i < VImageDimension; ++i)
    {
      offset += (index[i] - start[i]) * m_OffsetTable[i];
    }
    return offset;
  }

  IndexType ComputeIndex(OffsetValueType offset) const
  {
    IndexType index;
    const IndexType & start = m_BufferedRegion.GetIndex();
    for (int i = static_cast<int>(VImageDimension) - 1; i >= 0; --i)
    {
      index[i] = offset / m_OffsetTable[i] + start[i];
      offset %= m_OffsetTable[i];
    }
    return index;
  }

  // Entry i is the buffer stride of dimension i; entry VImageDimension is the pixel count.
  const OffsetValueType * GetOffsetTable() const { return m_OffsetTable; }

  void CopyInformation(const DataObject * data) override
  {
    if (const auto * other = dynamic_cast<const ImageBase *>(data))
    {
      this->SetLargestPossibleRegion(other->GetLargestPossibleRegion());
      this->SetSpacing(other->GetSpacing());
      this->SetOrigin(other->GetOrigin());
    }
  }

  void Initialize() override
  {
    Superclass::Initialize();
    m_BufferedRegion = RegionType();
    this->ComputeOffsetTable();
  }

protected:
  ImageBase()
  {
    m_Spacing.Fill(1.0);
    m_Origin.Fill(0.0);
    this->ComputeOffsetTable();
  }
  ~ImageBase() override = default;

  void ComputeOffsetTable()
  {
    OffsetValueType stride = 1;
    for (unsigned int i = 0; i < VImageDimension; ++i)
    {
      m_OffsetTable[i] = stride;
      stride *= static_cast<OffsetValueType>(m_BufferedRegion.GetSize(i));
    }
    m_OffsetTable[VImageDimension] = stride;
  }

  void PrintSelf(std::ostream & os, Indent indent) const override
  {
    Superclass::PrintSelf(os, indent);
    os << indent << "LargestPossibleRegion: " << m_LargestPossibleRegion << "\n"
       << indent << "BufferedRegion: " << m_BufferedRegion << "\n"
       << indent << "Spacing: " << m_Spacing << "\n"
       << indent << "Origin: " << m_Origin << "\n";
  }

private:
  RegionType m_LargestPossibleRegion;
  RegionType m_BufferedRegion;
  RegionType m_RequestedRegion;
  SpacingType m_Spacing;
  PointType m_Origin;
  OffsetValueType m_OffsetTable[VImageDimension + 1]{};
};
} // namespace itk
