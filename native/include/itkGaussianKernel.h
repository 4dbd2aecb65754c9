// 1-D discrete Gaussian kernel used by DiscreteGaussianImageFilter.
#pragma once

#include "itkBindGenCoreExport.h"

#include <vector>

namespace itk
{
namespace Detail
{
// Returns the symmetric kernel (odd length, sums to 1) of the discrete Gaussian with the given variance in
// pixel units: taps e^{-t} I_n(t) (I_n = modified Bessel function, t = variance), the same family ITK's
// GaussianOperator samples. The kernel is cut at the smallest radius whose mass reaches 1 - maximumError,
// limited to a width of maximumKernelWidth (rounded down to odd, at least 1), then renormalised.
// Variance 0 gives {1}. Arguments are expected to be validated by the caller.
ITKBindGenCore_EXPORT std::vector<double>
MakeDiscreteGaussianKernel(double variance, double maximumError, unsigned int maximumKernelWidth);
} // namespace Detail
} // namespace itk
