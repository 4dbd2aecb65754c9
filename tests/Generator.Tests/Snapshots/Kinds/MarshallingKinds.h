// One class a marshalling kind, for the small per-kind snapshots (MarshallingKindSnapshotTests).
#pragma once

#include "itkImageRegion.h"
#include "itkIndent.h"
#include "itkSize.h"

#include <ostream>
#include <string>
#include <vector>

namespace cases
{
enum class Mode : short
{
  Fast = 1,
  Exact = 2
};

struct Scalars
{
  static double Scale(double value, bool twice, Mode mode);
};

struct Strings
{
  static std::string Greet(const std::string & name, const char * greeting);
};

struct Arrays
{
  static itk::Size<2> Grow(const itk::Size<2> & size, const double factors[2], const std::vector<float> & weights);
  static std::vector<itk::Index<2>> Seeds(const std::vector<itk::Index<2>> & seeds);
};

struct Regions
{
  static itk::ImageRegion<2> Crop(const itk::ImageRegion<2> & region);
};

struct References
{
  static bool Divide(int dividend, int divisor, int & quotient, double & scale);
};

struct Pointers
{
  static double Sum(const double * values, unsigned int count);
  static void Apply(float (*function)(float, const float &));
};

struct Streams
{
  static void Describe(std::ostream & os, itk::Indent indent);
};

// A value class: not reference counted, created, copied and deleted by its proxy.
template <unsigned int VDimension>
class Kernel
{
public:
  static Kernel Square(unsigned int side);
  unsigned int GetSide() const { return m_Side; }
  void SetSide(unsigned int side) { m_Side = side; }

private:
  unsigned int m_Side = 0;
};

struct Kernels
{
  static unsigned int Area(const Kernel<2> & kernel);
};
} // namespace cases
