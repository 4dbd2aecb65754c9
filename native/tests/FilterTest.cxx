// Median, threshold, add, cast and statistics filters against naive reference implementations.
#include "TestUtilities.h"

#include "itkAddImageFilter.h"
#include "itkBinaryThresholdImageFilter.h"
#include "itkCastImageFilter.h"
#include "itkMedianImageFilter.h"
#include "itkStatisticsImageFilter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace
{
using namespace itkbindgen_test;

template <typename TImage>
std::vector<typename TImage::PixelType>
ReferenceMedian(const TImage * input, const typename TImage::SizeType & radius)
{
  using PixelType = typename TImage::PixelType;
  std::vector<PixelType> result;
  const auto region = input->GetLargestPossibleRegion();
  typename TImage::SizeType boxSize;
  for (unsigned int d = 0; d < TImage::ImageDimension; ++d)
  {
    boxSize[d] = 2 * radius[d] + 1;
  }
  ForEachIndex(region, [&](const typename TImage::IndexType & center) {
    std::vector<PixelType> values;
    ForEachIndex(typename TImage::RegionType(boxSize), [&](const typename TImage::IndexType & o) {
      typename TImage::IndexType q;
      for (unsigned int d = 0; d < TImage::ImageDimension; ++d)
      {
        q[d] = center[d] + o[d] - static_cast<long>(radius[d]);
      }
      values.push_back(ClampedPixel(input, q));
    });
    std::sort(values.begin(), values.end());
    result.push_back(values[values.size() / 2]);
  });
  return result;
}

template <typename TImage>
void
CheckMedian(const typename TImage::SizeType & size, const typename TImage::SizeType & radius, unsigned int seed)
{
  auto input = MakeRandomImage<TImage>(size, seed, 0, 200);
  auto filter = itk::MedianImageFilter<TImage, TImage>::New();
  filter->SetInput(input);
  filter->SetRadius(radius);
  filter->SetNumberOfWorkUnits(3);
  filter->Update();
  const auto expected = ReferenceMedian(input.GetPointer(), radius);
  const auto * out = filter->GetOutput()->GetBufferPointer();
  ASSERT_EQ(filter->GetOutput()->GetBufferSize(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i)
  {
    ASSERT_EQ(out[i], expected[i]) << "pixel " << i << " radius " << radius;
  }
}

TEST(MedianImageFilter, MatchesReference2D)
{
  using ImageType = itk::Image<float, 2>;
  for (unsigned long r : { 0ul, 1ul, 2ul, 3ul })
  {
    CheckMedian<ImageType>({ { 23, 17 } }, ImageType::SizeType::Filled(r), 10 + static_cast<unsigned>(r));
  }
  CheckMedian<ImageType>({ { 9, 31 } }, { { 1, 4 } }, 7);   // anisotropic
  CheckMedian<ImageType>({ { 3, 4 } }, { { 5, 5 } }, 8);    // radius larger than the image
  CheckMedian<itk::Image<unsigned char, 2>>({ { 20, 20 } }, { { 2, 2 } }, 3);
  CheckMedian<itk::Image<short, 2>>({ { 16, 12 } }, { { 1, 2 } }, 4);
}

TEST(MedianImageFilter, MatchesReference3D)
{
  using ImageType = itk::Image<float, 3>;
  CheckMedian<ImageType>({ { 9, 8, 7 } }, { { 1, 1, 1 } }, 21);
  CheckMedian<ImageType>({ { 7, 6, 10 } }, { { 2, 1, 2 } }, 22);
  CheckMedian<itk::Image<short, 3>>({ { 6, 6, 6 } }, { { 1, 2, 1 } }, 23);
}

TEST(MedianImageFilter, RadiusAccessors)
{
  using ImageType = itk::Image<float, 2>;
  auto filter = itk::MedianImageFilter<ImageType, ImageType>::New();
  EXPECT_EQ(filter->GetRadius(), (ImageType::SizeType{ { 1, 1 } }));
  filter->SetRadius(3);
  EXPECT_EQ(filter->GetRadius(), (ImageType::SizeType{ { 3, 3 } }));
  filter->SetRadius(ImageType::SizeType{ { 1, 2 } });
  EXPECT_EQ(filter->GetRadius()[1], 2u);
}

TEST(BinaryThresholdImageFilter, DefaultsAndReference)
{
  using InImage = itk::Image<float, 3>;
  using OutImage = itk::Image<unsigned char, 3>;
  auto filter = itk::BinaryThresholdImageFilter<InImage, OutImage>::New();
  EXPECT_EQ(filter->GetLowerThreshold(), std::numeric_limits<float>::lowest());
  EXPECT_EQ(filter->GetUpperThreshold(), std::numeric_limits<float>::max());
  EXPECT_EQ(filter->GetInsideValue(), 255);
  EXPECT_EQ(filter->GetOutsideValue(), 0);

  auto input = MakeRandomImage<InImage>({ { 11, 7, 5 } }, 5, -50, 50);
  filter->SetInput(input);
  filter->SetLowerThreshold(-10.0f);
  filter->SetUpperThreshold(20.0f);
  filter->SetInsideValue(7);
  filter->SetOutsideValue(3);
  filter->SetNumberOfWorkUnits(2);
  filter->Update();
  const float * in = input->GetBufferPointer();
  const unsigned char * out = filter->GetOutput()->GetBufferPointer();
  for (itk::SizeValueType i = 0; i < input->GetBufferSize(); ++i)
  {
    ASSERT_EQ(out[i], (in[i] >= -10.0f && in[i] <= 20.0f) ? 7 : 3);
  }
  filter->SetLowerThreshold(30.0f);
  EXPECT_THROW(filter->Update(), itk::InvalidArgumentError);
}

TEST(AddImageFilter, ImagesConstantsAndMismatch)
{
  using ImageType = itk::Image<short, 2>;
  auto a = MakeRandomImage<ImageType>({ { 13, 9 } }, 1, -100, 100);
  auto b = MakeRandomImage<ImageType>({ { 13, 9 } }, 2, -100, 100);
  auto add = itk::AddImageFilter<ImageType, ImageType, ImageType>::New();
  add->SetInput1(a);
  add->SetInput2(b);
  add->Update();
  for (itk::SizeValueType i = 0; i < a->GetBufferSize(); ++i)
  {
    ASSERT_EQ(add->GetOutput()->GetBufferPointer()[i], a->GetBufferPointer()[i] + b->GetBufferPointer()[i]);
  }
  add->SetConstant2(5);
  EXPECT_EQ(add->GetConstant2(), 5);
  add->Update();
  for (itk::SizeValueType i = 0; i < a->GetBufferSize(); ++i)
  {
    ASSERT_EQ(add->GetOutput()->GetBufferPointer()[i], a->GetBufferPointer()[i] + 5);
  }
  auto wrong = MakeRandomImage<ImageType>({ { 12, 9 } }, 3);
  add->SetInput2(wrong);
  EXPECT_THROW(add->Update(), itk::ExceptionObject);

  // Mixed pixel types, float output.
  using FloatImage = itk::Image<float, 2>;
  auto f = MakeRandomImage<FloatImage>({ { 13, 9 } }, 4);
  auto mixed = itk::AddImageFilter<ImageType, FloatImage, FloatImage>::New();
  mixed->SetInput1(a);
  mixed->SetInput2(f);
  mixed->Update();
  EXPECT_FLOAT_EQ(mixed->GetOutput()->GetBufferPointer()[17], a->GetBufferPointer()[17] + f->GetBufferPointer()[17]);
}

TEST(CastImageFilter, StaticCastsEachPixel)
{
  using InImage = itk::Image<double, 3>;
  using OutImage = itk::Image<short, 3>;
  auto input = MakeRandomImage<InImage>({ { 5, 6, 7 } }, 9, -300, 300);
  auto cast = itk::CastImageFilter<InImage, OutImage>::New();
  cast->SetInput(input);
  cast->Update();
  for (itk::SizeValueType i = 0; i < input->GetBufferSize(); ++i)
  {
    ASSERT_EQ(cast->GetOutput()->GetBufferPointer()[i], static_cast<short>(input->GetBufferPointer()[i]));
  }
  EXPECT_EQ(cast->GetOutput()->GetSpacing(), input->GetSpacing());
}

template <typename TImage>
void
CheckStatistics(const typename TImage::SizeType & size, unsigned int seed)
{
  auto input = MakeRandomImage<TImage>(size, seed, 0, 250);
  auto stats = itk::StatisticsImageFilter<TImage>::New();
  stats->SetInput(input);
  stats->SetNumberOfWorkUnits(4);
  stats->Update();
  const auto * p = input->GetBufferPointer();
  const auto n = input->GetBufferSize();
  double sum = 0, sumSq = 0;
  auto mn = p[0], mx = p[0];
  for (itk::SizeValueType i = 0; i < n; ++i)
  {
    sum += p[i];
    sumSq += static_cast<double>(p[i]) * p[i];
    mn = std::min(mn, p[i]);
    mx = std::max(mx, p[i]);
  }
  const double mean = sum / n;
  double var = 0;
  for (itk::SizeValueType i = 0; i < n; ++i)
  {
    var += (p[i] - mean) * (p[i] - mean);
  }
  var = n > 1 ? var / (n - 1) : 0.0;
  EXPECT_EQ(stats->GetMinimum(), mn);
  EXPECT_EQ(stats->GetMaximum(), mx);
  EXPECT_NEAR(stats->GetSum(), sum, 1e-9 * std::abs(sum));
  EXPECT_NEAR(stats->GetMean(), mean, 1e-9 * std::abs(mean));
  EXPECT_NEAR(stats->GetVariance(), var, 1e-7 * var + 1e-12);
  EXPECT_NEAR(stats->GetSigma(), std::sqrt(var), 1e-7 * std::sqrt(var) + 1e-12);
  // The output passes the input through.
  EXPECT_EQ(stats->GetOutput()->GetBufferPointer(), input->GetBufferPointer());
  EXPECT_EQ(stats->GetOutput()->GetLargestPossibleRegion(), input->GetLargestPossibleRegion());
}

TEST(StatisticsImageFilter, MatchesReference)
{
  CheckStatistics<itk::Image<float, 2>>({ { 31, 17 } }, 1);
  CheckStatistics<itk::Image<unsigned char, 3>>({ { 8, 9, 10 } }, 2);
  CheckStatistics<itk::Image<short, 2>>({ { 1, 1 } }, 3);
}
} // namespace
