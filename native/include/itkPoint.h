// Geometric point (FixedArray with point/vector arithmetic); used for image origin.
#pragma once

#include "itkVector.h"

namespace itk
{
template <typename TCoordRep, unsigned int NPointDimension = 3>
class Point : public FixedArray<TCoordRep, NPointDimension>
{
public:
  using Self = Point;
  using Superclass = FixedArray<TCoordRep, NPointDimension>;
  using ValueType = TCoordRep;
  using CoordRepType = TCoordRep;
  using VectorType = Vector<TCoordRep, NPointDimension>;
  static constexpr unsigned int PointDimension = NPointDimension;

  using Superclass::Superclass;
  Point() = default;

  static constexpr unsigned int GetPointDimension() { return NPointDimension; }

  VectorType operator-(const Self & p) const
  {
    VectorType v;
    for (unsigned int i = 0; i < NPointDimension; ++i)
    {
      v[i] = (*this)[i] - p[i];
    }
    return v;
  }

  Self operator+(const VectorType & v) const
  {
    Self r(*this);
    for (unsigned int i = 0; i < NPointDimension; ++i)
    {
      r[i] += v[i];
    }
    return r;
  }

  Self operator-(const VectorType & v) const { return *this + (-v); }

  double SquaredEuclideanDistanceTo(const Self & p) const { return (*this - p).GetSquaredNorm(); }
  double EuclideanDistanceTo(const Self & p) const { return (*this - p).GetNorm(); }
};
} // namespace itk
