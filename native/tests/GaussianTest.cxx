// DiscreteGaussianImageFilter: kernel against the Bessel series, image against a brute-force N-D convolution.
#include "TestUtilities.h"

#include "itkDiscreteGaussianImageFilter.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace
{
using namespace itkbindgen_test;

// e^{-t} I_n(t) summed directly from the power series (fine for moderate t).
double
ScaledBessel(int n, double t)
{
  double term = std::exp(-t);
  for (int k = 1; k <= n; ++k)
  {
    term *= (t / 2.0) / k;
  }
  double sum = 0.0;
  for (int k = 0; k < 200; ++k)
  {
    sum += term;
    term *= (t / 2.0) * (t / 2.0) / ((k + 1.0) * (k + 1.0 + n));
  }
  return sum;
}

TEST(GaussianKernel, MatchesBesselSeriesAndTruncation)
{
  for (double variance : { 0.5, 1.0, 2.5, 4.0, 9.0 })
  {
    for (double maxError : { 0.1, 0.01, 0.001 })
    {
      const auto kernel = itk::Detail::MakeDiscreteGaussianKernel(variance, maxError, 101);
      ASSERT_EQ(kernel.size() % 2, 1u);
      const int r = static_cast<int>(kernel.size() / 2);
      double mass = 0.0;
      for (int n = -r; n <= r; ++n)
      {
        mass += ScaledBessel(std::abs(n), variance);
      }
      EXPECT_GE(mass, 1.0 - maxError);
      if (r > 0)
      {
        EXPECT_LT(mass - 2 * ScaledBessel(r, variance), 1.0 - maxError); // smallest such radius
      }
      double total = 0.0;
      for (int n = -r; n <= r; ++n)
      {
        EXPECT_NEAR(kernel[n + r], ScaledBessel(std::abs(n), variance) / mass, 1e-12);
        total += kernel[n + r];
      }
      EXPECT_NEAR(total, 1.0, 1e-12);
    }
  }
  EXPECT_EQ(itk::Detail::MakeDiscreteGaussianKernel(0.0, 0.01, 32).size(), 1u);
  EXPECT_EQ(itk::Detail::MakeDiscreteGaussianKernel(100.0, 0.001, 9).size(), 9u); // width cap
  const auto wide = itk::Detail::MakeDiscreteGaussianKernel(400.0, 0.01, 1001); // large variance stays finite
  double total = 0.0;
  for (double v : wide)
  {
    ASSERT_TRUE(std::isfinite(v));
    total += v;
  }
  EXPECT_NEAR(total, 1.0, 1e-12);
}

template <typename TIn, typename TOut>
void
CheckGaussian(const typename TIn::SizeType & size,
              const typename itk::DiscreteGaussianImageFilter<TIn, TOut>::ArrayType & variance,
              bool useSpacing,
              unsigned int seed)
{
  using FilterType = itk::DiscreteGaussianImageFilter<TIn, TOut>;
  constexpr unsigned int D = TIn::ImageDimension;
  auto input = MakeRandomImage<TIn>(size, seed, 0, 100);
  typename TIn::SpacingType spacing;
  for (unsigned int d = 0; d < D; ++d)
  {
    spacing[d] = 0.5 + d;
  }
  input->SetSpacing(spacing);
  auto filter = FilterType::New();
  filter->SetInput(input);
  filter->SetVariance(variance);
  filter->SetUseImageSpacing(useSpacing);
  filter->SetNumberOfWorkUnits(3);
  filter->Update();

  std::vector<std::vector<double>> kernels;
  typename TIn::SizeType radius;
  for (unsigned int d = 0; d < D; ++d)
  {
    const double v = useSpacing ? variance[d] / (spacing[d] * spacing[d]) : variance[d];
    kernels.push_back(itk::Detail::MakeDiscreteGaussianKernel(v, 0.01, 32));
    EXPECT_EQ(kernels.back(), filter->GetKernel(d));
    radius[d] = kernels.back().size() / 2;
  }
  typename TIn::SizeType box;
  for (unsigned int d = 0; d < D; ++d)
  {
    box[d] = 2 * radius[d] + 1;
  }
  const auto * out = filter->GetOutput()->GetBufferPointer();
  std::size_t i = 0;
  ForEachIndex(input->GetLargestPossibleRegion(), [&](const typename TIn::IndexType & center) {
    double sum = 0.0;
    ForEachIndex(typename TIn::RegionType(box), [&](const typename TIn::IndexType & o) {
      typename TIn::IndexType q;
      double w = 1.0;
      for (unsigned int d = 0; d < D; ++d)
      {
        q[d] = center[d] + o[d] - static_cast<long>(radius[d]);
        w *= kernels[d][o[d]];
      }
      sum += w * ClampedPixel(input.GetPointer(), q);
    });
    if constexpr (std::is_floating_point_v<typename TOut::PixelType>)
    {
      ASSERT_NEAR(out[i], sum, 1e-3) << "pixel " << i;
    }
    else
    {
      // Truncating cast: allow the separable rounding order to land on either side.
      ASSERT_NEAR(out[i], sum, 1.0) << "pixel " << i;
    }
    ++i;
  });
}

TEST(DiscreteGaussianImageFilter, MatchesBruteForce2D)
{
  using ImageType = itk::Image<float, 2>;
  using Filter = itk::DiscreteGaussianImageFilter<ImageType>;
  CheckGaussian<ImageType, ImageType>({ { 21, 15 } }, Filter::ArrayType(1.0), false, 1);
  CheckGaussian<ImageType, ImageType>({ { 21, 15 } }, Filter::ArrayType(2.0), true, 2);
  Filter::ArrayType aniso;
  aniso[0] = 4.0;
  aniso[1] = 0.0;
  CheckGaussian<ImageType, ImageType>({ { 12, 30 } }, aniso, false, 3);
  CheckGaussian<itk::Image<unsigned char, 2>, itk::Image<double, 2>>(
    { { 10, 10 } }, itk::DiscreteGaussianImageFilter<itk::Image<unsigned char, 2>, itk::Image<double, 2>>::ArrayType(1.5),
    false, 4);
}

TEST(DiscreteGaussianImageFilter, MatchesBruteForce3D)
{
  using ImageType = itk::Image<double, 3>;
  using Filter = itk::DiscreteGaussianImageFilter<ImageType>;
  CheckGaussian<ImageType, ImageType>({ { 9, 8, 7 } }, Filter::ArrayType(1.0), false, 5);
  CheckGaussian<ImageType, ImageType>({ { 9, 8, 7 } }, Filter::ArrayType(3.0), true, 6);
  CheckGaussian<itk::Image<short, 3>, itk::Image<short, 3>>(
    { { 6, 7, 5 } }, itk::DiscreteGaussianImageFilter<itk::Image<short, 3>>::ArrayType(1.0), false, 7);
}

TEST(DiscreteGaussianImageFilter, ParametersAndValidation)
{
  using ImageType = itk::Image<float, 2>;
  auto filter = itk::DiscreteGaussianImageFilter<ImageType>::New();
  EXPECT_EQ(filter->GetVariance()[0], 0.0);
  EXPECT_EQ(filter->GetMaximumError()[1], 0.01);
  EXPECT_EQ(filter->GetMaximumKernelWidth(), 32);
  EXPECT_TRUE(filter->GetUseImageSpacing());
  filter->UseImageSpacingOff();
  EXPECT_FALSE(filter->GetUseImageSpacing());
  filter->SetVariance(2.0);
  EXPECT_EQ(filter->GetVariance()[1], 2.0);
  filter->SetMaximumError(0.05);
  filter->SetMaximumKernelWidth(9);
  EXPECT_EQ(filter->GetMaximumKernelWidth(), 9);

  auto input = MakeRandomImage<ImageType>({ { 8, 8 } }, 1);
  filter->SetInput(input);
  filter->Update();
  filter->SetVariance(-1.0);
  EXPECT_THROW(filter->Update(), itk::InvalidArgumentError);
  filter->SetVariance(1.0);
  filter->SetMaximumError(1.5);
  EXPECT_THROW(filter->Update(), itk::InvalidArgumentError);
  filter->SetMaximumError(0.01);
  filter->Update();

  // Variance 0 copies the input.
  filter->SetVariance(0.0);
  filter->Update();
  for (itk::SizeValueType i = 0; i < input->GetBufferSize(); ++i)
  {
    ASSERT_EQ(filter->GetOutput()->GetBufferPointer()[i], input->GetBufferPointer()[i]);
  }
}
} // namespace
