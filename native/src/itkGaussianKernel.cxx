// Discrete Gaussian taps via Miller's backward recurrence for the scaled modified Bessel functions.
#include "itkGaussianKernel.h"

#include <algorithm>
#include <cmath>

namespace itk
{
namespace Detail
{
std::vector<double>
MakeDiscreteGaussianKernel(double variance, double maximumError, unsigned int maximumKernelWidth)
{
  const unsigned int maxRadius = maximumKernelWidth > 1 ? (maximumKernelWidth - 1) / 2 : 0;
  if (!(variance > 0.0) || maxRadius == 0)
  {
    return { 1.0 };
  }
  const double t = variance;

  // Recur I_{n-1} = I_{n+1} + (2n/t) I_n downwards from an order where I_n is negligible; the unknown
  // scale is fixed afterwards with the identity I_0(t) + 2 * sum_{n>=1} I_n(t) = e^t, which directly
  // yields the scaled values e^{-t} I_n(t).
  const auto start = static_cast<unsigned int>(maxRadius + 32 + 12.0 * std::sqrt(t + 1.0));
  std::vector<double> taps(static_cast<std::size_t>(start) + 2, 0.0);
  taps[start + 1] = 0.0;
  taps[start] = 1e-300;
  for (unsigned int n = start; n >= 1; --n)
  {
    taps[n - 1] = taps[n + 1] + (2.0 * n / t) * taps[n];
    if (taps[n - 1] > 1e250)
    {
      // Rescale to stay finite; only ratios matter until the final normalisation.
      for (unsigned int k = n - 1; k <= start + 1; ++k)
      {
        taps[k] *= 1e-250;
      }
    }
  }
  double total = taps[0];
  for (unsigned int n = 1; n <= start; ++n)
  {
    total += 2.0 * taps[n];
  }
  for (double & v : taps)
  {
    v /= total;
  }

  // Smallest radius that keeps at least 1 - maximumError of the mass.
  unsigned int radius = 0;
  double mass = taps[0];
  while (mass < 1.0 - maximumError && radius < maxRadius)
  {
    ++radius;
    mass += 2.0 * taps[radius];
  }

  std::vector<double> kernel(2 * radius + 1);
  for (unsigned int n = 0; n <= radius; ++n)
  {
    kernel[radius + n] = taps[n] / mass;
    kernel[radius - n] = taps[n] / mass;
  }
  return kernel;
}
} // namespace Detail
} // namespace itk
