// Times MedianImageFilter (radius 2) on a 2048x2048 float image with 1 and 2 work units, best of 3.
#include "itkImage.h"
#include "itkMedianImageFilter.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <thread>

int
main()
{
  using ImageType = itk::Image<float, 2>;
  auto image = ImageType::New();
  image->SetRegions(ImageType::SizeType{ { 2048, 2048 } });
  image->Allocate();
  std::mt19937 rng(12345);
  std::uniform_real_distribution<float> dist(0.0f, 1000.0f);
  float * p = image->GetBufferPointer();
  std::generate(p, p + image->GetBufferSize(), [&] { return dist(rng); });

  std::printf("MedianImageFilter radius 2, 2048x2048 float, best of 3 (hardware threads: %u)\n",
              std::thread::hardware_concurrency());
  std::printf("%-12s %12s\n", "work units", "time [ms]");
  for (unsigned int units : { 1u, 2u })
  {
    double best = 1e300;
    for (int run = 0; run < 3; ++run)
    {
      auto filter = itk::MedianImageFilter<ImageType, ImageType>::New();
      filter->SetInput(image);
      filter->SetRadius(2);
      filter->SetNumberOfWorkUnits(units);
      const auto t0 = std::chrono::steady_clock::now();
      filter->Update();
      const auto t1 = std::chrono::steady_clock::now();
      best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::printf("%-12u %12.1f\n", units, best);
  }
  return 0;
}
