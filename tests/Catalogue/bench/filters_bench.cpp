// Times Update() of the filters of tests/Catalogue/bench/Filters.i as the generated shim compiled them: every filter
// is made by the shim's New entry point, so the code Update() runs (GenerateData and all it inlines) is the shim's.
#include "BenchFilters_wrap.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#define BENCH_FILTER(Name) extern "C" itk::LightObject * BenchFilters_##Name##_New(ibg_error ** error) noexcept;
BENCH_FILTER(AddImageFilterF2)
BENCH_FILTER(BilateralImageFilterF2)
BENCH_FILTER(BinaryThresholdImageFilterF2)
BENCH_FILTER(CannyEdgeDetectionImageFilterF2)
BENCH_FILTER(CurvatureFlowImageFilterF2)
BENCH_FILTER(DiscreteGaussianImageFilterF2)
BENCH_FILTER(GradientAnisotropicDiffusionImageFilterF2)
BENCH_FILTER(GrayscaleDilateImageFilterF2)
BENCH_FILTER(LaplacianImageFilterF2)
BENCH_FILTER(MeanImageFilterF2)
BENCH_FILTER(MedianImageFilterF2)
BENCH_FILTER(OtsuThresholdImageFilterF2)
BENCH_FILTER(ResampleImageFilterF2)
BENCH_FILTER(SignedMaurerDistanceMapImageFilterF2)
BENCH_FILTER(SmoothingRecursiveGaussianImageFilterF2)
#undef BENCH_FILTER

namespace
{
using ImageType = itk::Image<float, 2>;
using Factory = itk::LightObject * (*)(ibg_error **) noexcept;

// The shim's object as its C++ type; New gave one reference, which the smart pointer now holds.
template <typename TFilter>
itk::SmartPointer<TFilter>
Make(Factory factory)
{
  ibg_error * error = nullptr;
  itk::LightObject * object = factory(&error);
  if (object == nullptr)
  {
    std::fprintf(stderr, "the shim's New failed: %s\n", error != nullptr && error->message ? error->message : "?");
    std::exit(1);
  }
  itk::SmartPointer<TFilter> filter = static_cast<TFilter *>(object);
  object->UnRegister();
  filter->SetNumberOfWorkUnits(1);
  return filter;
}

// A smooth pattern with pseudo-random noise in [0, 255], the same in every run; binary gives its 0/1 threshold.
ImageType::Pointer
Input(unsigned int size, bool binary)
{
  auto image = ImageType::New();
  ImageType::RegionType region;
  region.SetSize({ { size, size } });
  image->SetRegions(region);
  image->Allocate();
  std::uint32_t state = 12345;
  for (unsigned int y = 0; y < size; ++y)
  {
    for (unsigned int x = 0; x < size; ++x)
    {
      state = state * 1664525u + 1013904223u;
      const double pattern = 128.0 + 80.0 * std::sin(x / 23.0) * std::cos(y / 17.0);
      const double value = pattern + static_cast<double>(state >> 24) / 8.0 - 16.0;
      image->SetPixel({ { x, y } }, binary ? (value > 128.0 ? 1.0f : 0.0f) : static_cast<float>(value));
    }
  }
  return image;
}

double
Checksum(const ImageType * image)
{
  double sum = 0;
  const float * pixels = image->GetBufferPointer();
  const auto count = image->GetBufferedRegion().GetNumberOfPixels();
  for (std::size_t i = 0; i < count; ++i)
  {
    sum += pixels[i];
  }
  return sum;
}

struct Case
{
  std::string name;
  itk::ProcessObject::Pointer filter;
  std::function<const ImageType *()> output;
};

template <typename TFilter>
Case
Filter(const char * name, Factory factory, const ImageType * input, const std::function<void(TFilter &)> & configure)
{
  auto filter = Make<TFilter>(factory);
  filter->SetInput(input);
  configure(*filter);
  TFilter * raw = filter.GetPointer();
  return { name, filter.GetPointer(), [raw] { return raw->GetOutput(); } };
}
} // namespace

int
main(int argc, char * argv[])
{
  const unsigned int size = argc > 1 ? static_cast<unsigned int>(std::atoi(argv[1])) : 512;
  const int repetitions = argc > 2 ? std::atoi(argv[2]) : 3;
  itk::MultiThreaderBase::SetGlobalDefaultNumberOfThreads(1);
  const auto image = Input(size, false);
  const auto mask = Input(size, true);
  const ImageType * in = image.GetPointer();

  std::vector<Case> cases;
  cases.push_back(Filter<itk::AddImageFilter<ImageType, ImageType, ImageType>>(
    "Add", BenchFilters_AddImageFilterF2_New, in, [&](auto & f) {
      // In place, a filter would overwrite the input the others read, and free it after its first update.
      f.InPlaceOff();
      f.SetInput2(in);
    }));
  cases.push_back(Filter<itk::BilateralImageFilter<ImageType, ImageType>>(
    "Bilateral", BenchFilters_BilateralImageFilterF2_New, in, [](auto & f) {
      f.SetDomainSigma(2.0);
      f.SetRangeSigma(20.0);
    }));
  cases.push_back(Filter<itk::BinaryThresholdImageFilter<ImageType, ImageType>>(
    "BinaryThreshold", BenchFilters_BinaryThresholdImageFilterF2_New, in, [](auto & f) {
      f.InPlaceOff();
      f.SetLowerThreshold(100.0f);
      f.SetUpperThreshold(200.0f);
    }));
  cases.push_back(Filter<itk::CannyEdgeDetectionImageFilter<ImageType, ImageType>>(
    "CannyEdgeDetection", BenchFilters_CannyEdgeDetectionImageFilterF2_New, in, [](auto & f) {
      f.SetVariance(2.0);
      f.SetUpperThreshold(2.0f);
      f.SetLowerThreshold(1.0f);
    }));
  cases.push_back(Filter<itk::CurvatureFlowImageFilter<ImageType, ImageType>>(
    "CurvatureFlow", BenchFilters_CurvatureFlowImageFilterF2_New, in, [](auto & f) {
      f.SetNumberOfIterations(5);
      f.SetTimeStep(0.125);
    }));
  cases.push_back(Filter<itk::DiscreteGaussianImageFilter<ImageType, ImageType>>(
    "DiscreteGaussian", BenchFilters_DiscreteGaussianImageFilterF2_New, in, [](auto & f) { f.SetVariance(4.0); }));
  cases.push_back(Filter<itk::GradientAnisotropicDiffusionImageFilter<ImageType, ImageType>>(
    "GradientAnisotropicDiffusion", BenchFilters_GradientAnisotropicDiffusionImageFilterF2_New, in, [](auto & f) {
      f.SetNumberOfIterations(5);
      f.SetTimeStep(0.125);
      f.SetConductanceParameter(3.0);
    }));
  cases.push_back(Filter<itk::GrayscaleDilateImageFilter<ImageType, ImageType, itk::FlatStructuringElement<2>>>(
    "GrayscaleDilate", BenchFilters_GrayscaleDilateImageFilterF2_New, in, [](auto & f) {
      itk::Size<2> radius;
      radius.Fill(3);
      f.SetKernel(itk::FlatStructuringElement<2>::Ball(radius));
    }));
  cases.push_back(Filter<itk::LaplacianImageFilter<ImageType, ImageType>>(
    "Laplacian", BenchFilters_LaplacianImageFilterF2_New, in, [](auto &) {}));
  cases.push_back(Filter<itk::MeanImageFilter<ImageType, ImageType>>(
    "Mean", BenchFilters_MeanImageFilterF2_New, in, [](auto & f) { f.SetRadius(2); }));
  cases.push_back(Filter<itk::MedianImageFilter<ImageType, ImageType>>(
    "Median", BenchFilters_MedianImageFilterF2_New, in, [](auto & f) { f.SetRadius(2); }));
  cases.push_back(Filter<itk::OtsuThresholdImageFilter<ImageType, ImageType>>(
    "OtsuThreshold", BenchFilters_OtsuThresholdImageFilterF2_New, in, [](auto &) {}));
  cases.push_back(Filter<itk::ResampleImageFilter<ImageType, ImageType>>(
    "Resample", BenchFilters_ResampleImageFilterF2_New, in, [&](auto & f) {
      f.SetSize(in->GetLargestPossibleRegion().GetSize());
      ImageType::SpacingType spacing;
      spacing.Fill(0.8);
      f.SetOutputSpacing(spacing);
    }));
  cases.push_back(Filter<itk::SignedMaurerDistanceMapImageFilter<ImageType, ImageType>>(
    "SignedMaurerDistanceMap", BenchFilters_SignedMaurerDistanceMapImageFilterF2_New, mask.GetPointer(), [](auto &) {}));
  cases.push_back(Filter<itk::SmoothingRecursiveGaussianImageFilter<ImageType, ImageType>>(
    "SmoothingRecursiveGaussian", BenchFilters_SmoothingRecursiveGaussianImageFilterF2_New, in,
    [](auto & f) { f.SetSigma(2.0); }));

  // One line a filter: its name, its fastest update in milliseconds, and its output's pixel sum. A filter is updated
  // the given number of times, and more while they add up to less than 50 ms, so a fast one is timed as well.
  for (auto & c : cases)
  {
    double best = 1e300;
    double total = 0;
    for (int r = 0; r < repetitions || total < 50.0; ++r)
    {
      c.filter->Modified();
      const auto start = std::chrono::steady_clock::now();
      c.filter->Update();
      const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      best = std::min(best, ms);
      total += ms;
    }
    std::printf("%s %.4f %.6e\n", c.name.c_str(), best, Checksum(c.output()));
  }
  return 0;
}
