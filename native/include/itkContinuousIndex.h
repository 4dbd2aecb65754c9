// A position in index space that need not be on the pixel grid (ITK derives it from Point, as here).
#pragma once

#include "itkPoint.h"

namespace itk
{
template <typename TCoordRep = double, unsigned int VIndexDimension = 2>
class ContinuousIndex : public Point<TCoordRep, VIndexDimension>
{
public:
  using Self = ContinuousIndex;
  using Superclass = Point<TCoordRep, VIndexDimension>;
  using ValueType = TCoordRep;
  using CoordRepType = TCoordRep;
  static constexpr unsigned int IndexDimension = VIndexDimension;

  using Superclass::Superclass;
  ContinuousIndex() = default;

  static constexpr unsigned int GetIndexDimension() { return VIndexDimension; }
};
} // namespace itk
