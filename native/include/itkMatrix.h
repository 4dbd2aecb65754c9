// Fixed-size matrix (row-major); used for an image's direction cosines and its index/physical-point transforms.
#pragma once

#include "itkExceptionObject.h"
#include "itkMacro.h"
#include "itkVector.h"

#include <cmath>
#include <ostream>
#include <utility>

namespace itk
{
template <typename T, unsigned int NRows = 3, unsigned int NColumns = 3>
class Matrix
{
public:
  using Self = Matrix;
  using ValueType = T;
  using ComponentType = T;
  static constexpr unsigned int RowDimensions = NRows;
  static constexpr unsigned int ColumnDimensions = NColumns;

  Matrix() = default;

  T * operator[](unsigned int row) { return m_Matrix[row]; }
  const T * operator[](unsigned int row) const { return m_Matrix[row]; }
  T & operator()(unsigned int row, unsigned int column) { return m_Matrix[row][column]; }
  const T & operator()(unsigned int row, unsigned int column) const { return m_Matrix[row][column]; }

  void Fill(const T & value)
  {
    for (auto & row : m_Matrix)
    {
      for (auto & element : row)
      {
        element = value;
      }
    }
  }

  void SetIdentity()
  {
    for (unsigned int r = 0; r < NRows; ++r)
    {
      for (unsigned int c = 0; c < NColumns; ++c)
      {
        m_Matrix[r][c] = r == c ? T(1) : T(0);
      }
    }
  }

  static Self GetIdentity()
  {
    Self identity;
    identity.SetIdentity();
    return identity;
  }

  Vector<T, NRows> operator*(const Vector<T, NColumns> & v) const
  {
    Vector<T, NRows> result;
    for (unsigned int r = 0; r < NRows; ++r)
    {
      T sum{};
      for (unsigned int c = 0; c < NColumns; ++c)
      {
        sum += m_Matrix[r][c] * v[c];
      }
      result[r] = sum;
    }
    return result;
  }

  Self operator*(const Matrix<T, NColumns, NColumns> & m) const
  {
    Self result;
    for (unsigned int r = 0; r < NRows; ++r)
    {
      for (unsigned int c = 0; c < NColumns; ++c)
      {
        T sum{};
        for (unsigned int k = 0; k < NColumns; ++k)
        {
          sum += m_Matrix[r][k] * m[k][c];
        }
        result[r][c] = sum;
      }
    }
    return result;
  }

  Matrix<T, NColumns, NRows> GetTranspose() const
  {
    Matrix<T, NColumns, NRows> result;
    for (unsigned int r = 0; r < NRows; ++r)
    {
      for (unsigned int c = 0; c < NColumns; ++c)
      {
        result[c][r] = m_Matrix[r][c];
      }
    }
    return result;
  }

  // Gauss-Jordan elimination with partial pivoting; a singular matrix throws, as ITK's does.
  Matrix<T, NColumns, NRows> GetInverse() const
  {
    static_assert(NRows == NColumns, "only a square matrix has an inverse");
    Self work(*this);
    Self inverse = GetIdentity();
    for (unsigned int c = 0; c < NColumns; ++c)
    {
      unsigned int pivot = c;
      for (unsigned int r = c + 1; r < NRows; ++r)
      {
        if (std::abs(work[r][c]) > std::abs(work[pivot][c]))
        {
          pivot = r;
        }
      }
      if (work[pivot][c] == T(0))
      {
        itkGenericExceptionMacro(<< "Singular matrix. Determinant is 0.");
      }
      for (unsigned int k = 0; k < NColumns; ++k)
      {
        std::swap(work[c][k], work[pivot][k]);
        std::swap(inverse[c][k], inverse[pivot][k]);
      }
      const T scale = work[c][c];
      for (unsigned int k = 0; k < NColumns; ++k)
      {
        work[c][k] /= scale;
        inverse[c][k] /= scale;
      }
      for (unsigned int r = 0; r < NRows; ++r)
      {
        if (r != c && work[r][c] != T(0))
        {
          const T factor = work[r][c];
          for (unsigned int k = 0; k < NColumns; ++k)
          {
            work[r][k] -= factor * work[c][k];
            inverse[r][k] -= factor * inverse[c][k];
          }
        }
      }
    }
    return inverse;
  }

  bool operator==(const Self & other) const
  {
    for (unsigned int r = 0; r < NRows; ++r)
    {
      for (unsigned int c = 0; c < NColumns; ++c)
      {
        if (m_Matrix[r][c] != other[r][c])
        {
          return false;
        }
      }
    }
    return true;
  }
  bool operator!=(const Self & other) const { return !(*this == other); }

private:
  T m_Matrix[NRows][NColumns]{};
};

template <typename T, unsigned int NRows, unsigned int NColumns>
std::ostream & operator<<(std::ostream & os, const Matrix<T, NRows, NColumns> & m)
{
  for (unsigned int r = 0; r < NRows; ++r)
  {
    for (unsigned int c = 0; c < NColumns; ++c)
    {
      os << (c ? " " : "") << m[r][c];
    }
    os << "\n";
  }
  return os;
}
} // namespace itk
