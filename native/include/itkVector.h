// Mathematical vector (FixedArray with arithmetic); used for image spacing.
#pragma once

#include "itkFixedArray.h"

#include <cmath>

namespace itk
{
template <typename T, unsigned int NVectorDimension = 3>
class Vector : public FixedArray<T, NVectorDimension>
{
public:
  using Self = Vector;
  using Superclass = FixedArray<T, NVectorDimension>;
  using ValueType = T;
  using ComponentType = T;
  using RealValueType = double;
  static constexpr unsigned int Dimension = NVectorDimension;

  using Superclass::Superclass;
  Vector() = default;

  static constexpr unsigned int GetVectorDimension() { return NVectorDimension; }

  Self & operator+=(const Self & v)
  {
    for (unsigned int i = 0; i < NVectorDimension; ++i)
    {
      (*this)[i] += v[i];
    }
    return *this;
  }
  Self & operator-=(const Self & v)
  {
    for (unsigned int i = 0; i < NVectorDimension; ++i)
    {
      (*this)[i] -= v[i];
    }
    return *this;
  }
  Self operator+(const Self & v) const { return Self(*this) += v; }
  Self operator-(const Self & v) const { return Self(*this) -= v; }
  Self operator*(const ValueType & s) const
  {
    Self r(*this);
    for (auto & c : r)
    {
      c *= s;
    }
    return r;
  }
  Self operator-() const { return *this * ValueType(-1); }

  ValueType operator*(const Self & v) const
  {
    ValueType dot{};
    for (unsigned int i = 0; i < NVectorDimension; ++i)
    {
      dot += (*this)[i] * v[i];
    }
    return dot;
  }

  RealValueType GetSquaredNorm() const { return static_cast<RealValueType>((*this) * (*this)); }
  RealValueType GetNorm() const { return std::sqrt(this->GetSquaredNorm()); }
};
} // namespace itk
