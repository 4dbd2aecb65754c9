// Geometry shared by all images of a dimension: regions, spacing, origin, direction, offset table, point/index transforms.
#pragma once

#include "itkContinuousIndex.h"
#include "itkDataObject.h"
#include "itkImageRegion.h"
#include "itkMath.h"
#include "itkMatrix.h"
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
  using DirectionType = Matrix<SpacePrecisionType, VImageDimension, VImageDimension>;

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
      this->ComputeIndexToPhysicalPointMatrices();
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

  // The direction cosines: column i is the physical direction of index axis i. A singular matrix throws.
  virtual void SetDirection(const DirectionType & direction)
  {
    if (m_Direction != direction)
    {
      m_InverseDirection = direction.GetInverse();
      m_Direction = direction;
      this->ComputeIndexToPhysicalPointMatrices();
      this->Modified();
    }
  }
  virtual const DirectionType & GetDirection() const { return m_Direction; }
  virtual const DirectionType & GetInverseDirection() const { return m_InverseDirection; }

  // Point/index conversions, declared as ITK 5.2 declares them (itkImageBase.h) so one interface file binds both.

  // The nearest index (halves round up), through the direction: round(inverse(Direction * Spacing) * (point - origin)).
  template <typename TCoordRep>
  IndexType TransformPhysicalPointToIndex(const Point<TCoordRep, VImageDimension> & point) const
  {
    IndexType index;
    for (unsigned int i = 0; i < VImageDimension; ++i)
    {
      TCoordRep sum{};
      for (unsigned int j = 0; j < VImageDimension; ++j)
      {
        sum += this->m_PhysicalPointToIndex[i][j] * (point[j] - this->m_Origin[j]);
      }
      index[i] = Math::RoundHalfIntegerUp<IndexValueType>(sum);
    }
    return index;
  }

  // The same index; true if it is inside the largest possible region.
  template <typename TCoordRep>
  bool TransformPhysicalPointToIndex(const Point<TCoordRep, VImageDimension> & point, IndexType & index) const
  {
    index = TransformPhysicalPointToIndex(point);
    return this->GetLargestPossibleRegion().IsInside(index);
  }

  template <typename TIndexRep, typename TCoordRep>
  ContinuousIndex<TIndexRep, VImageDimension> TransformPhysicalPointToContinuousIndex(const Point<TCoordRep, VImageDimension> & point) const
  {
    Vector<SpacePrecisionType, VImageDimension> offset;
    for (unsigned int k = 0; k < VImageDimension; ++k)
    {
      offset[k] = point[k] - this->m_Origin[k];
    }
    const auto position = m_PhysicalPointToIndex * offset;
    ContinuousIndex<TIndexRep, VImageDimension> index;
    for (unsigned int i = 0; i < VImageDimension; ++i)
    {
      index[i] = static_cast<TIndexRep>(position[i]);
    }
    return index;
  }

  // True if the continuous index is inside the largest possible region (ITK's region test for continuous indices).
  template <typename TCoordRep, typename TIndexRep>
  bool TransformPhysicalPointToContinuousIndex(const Point<TCoordRep, VImageDimension> & point,
                                               ContinuousIndex<TIndexRep, VImageDimension> & index) const
  {
    index = TransformPhysicalPointToContinuousIndex<TIndexRep>(point);
    return this->GetLargestPossibleRegion().IsInside(index);
  }

  template <typename TCoordRep, typename TIndexRep>
  void TransformContinuousIndexToPhysicalPoint(const ContinuousIndex<TIndexRep, VImageDimension> & index,
                                               Point<TCoordRep, VImageDimension> & point) const
  {
    for (unsigned int r = 0; r < VImageDimension; ++r)
    {
      TCoordRep sum{};
      for (unsigned int c = 0; c < VImageDimension; ++c)
      {
        sum += this->m_IndexToPhysicalPoint(r, c) * index[c];
      }
      point[r] = sum + this->m_Origin[r];
    }
  }

  template <typename TCoordRep, typename TIndexRep>
  Point<TCoordRep, VImageDimension> TransformContinuousIndexToPhysicalPoint(const ContinuousIndex<TIndexRep, VImageDimension> & index) const
  {
    Point<TCoordRep, VImageDimension> point;
    TransformContinuousIndexToPhysicalPoint(index, point);
    return point;
  }

  template <typename TCoordRep>
  void TransformIndexToPhysicalPoint(const IndexType & index, Point<TCoordRep, VImageDimension> & point) const
  {
    for (unsigned int i = 0; i < VImageDimension; ++i)
    {
      point[i] = this->m_Origin[i];
      for (unsigned int j = 0; j < VImageDimension; ++j)
      {
        point[i] += m_IndexToPhysicalPoint[i][j] * index[j];
      }
    }
  }

  template <typename TCoordRep>
  Point<TCoordRep, VImageDimension> TransformIndexToPhysicalPoint(const IndexType & index) const
  {
    Point<TCoordRep, VImageDimension> point;
    TransformIndexToPhysicalPoint(index, point);
    return point;
  }

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
      this->SetDirection(other->GetDirection());
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
    m_Direction.SetIdentity();
    m_InverseDirection.SetIdentity();
    this->ComputeIndexToPhysicalPointMatrices();
    this->ComputeOffsetTable();
  }

  // Index to physical point is Direction * diag(Spacing); the other way is its inverse.
  void ComputeIndexToPhysicalPointMatrices()
  {
    DirectionType scale;
    for (unsigned int i = 0; i < VImageDimension; ++i)
    {
      scale[i][i] = m_Spacing[i];
    }
    m_IndexToPhysicalPoint = m_Direction * scale;
    m_PhysicalPointToIndex = m_IndexToPhysicalPoint.GetInverse();
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
       << indent << "Origin: " << m_Origin << "\n"
       << indent << "Direction:\n"
       << m_Direction;
  }

private:
  RegionType m_LargestPossibleRegion;
  RegionType m_BufferedRegion;
  RegionType m_RequestedRegion;
  SpacingType m_Spacing;
  PointType m_Origin;
  DirectionType m_Direction;
  DirectionType m_InverseDirection;
  DirectionType m_IndexToPhysicalPoint;
  DirectionType m_PhysicalPointToIndex;
  OffsetValueType m_OffsetTable[VImageDimension + 1]{};
};
} // namespace itk
