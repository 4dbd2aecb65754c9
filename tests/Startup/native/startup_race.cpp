// The start-up race in plain C++ against the system ITK: a fresh process whose first ITK calls are N threads at once,
// each reading a MetaImage file and filtering it. "startup_race <input.mha> <threads> start" first runs the same
// one-time start-up the generated shims run (ibg::start_itk); without "start" it shows what ITK 5.2 does alone.
#include "ItkBindGenItkStartup.h"
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkMedianImageFilter.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <thread>
#include <vector>

int
main(int argc, char ** argv)
{
  if (argc < 3)
  {
    std::fprintf(stderr, "usage: startup_race <input.mha> <threads> [start]\n");
    return 2;
  }
  using ImageType = itk::Image<float, 2>;
  const char * input = argv[1];
  const int    count = std::atoi(argv[2]);
  if (argc > 3 && std::strcmp(argv[3], "start") == 0)
  {
    ibg::start_itk();
  }
  std::atomic<int>         failures{ 0 };
  std::vector<std::thread> threads;
  for (int i = 0; i < count; ++i)
  {
    threads.emplace_back([&] {
      try
      {
        auto reader = itk::ImageFileReader<ImageType>::New();
        reader->SetFileName(input);
        auto median = itk::MedianImageFilter<ImageType, ImageType>::New();
        median->SetInput(reader->GetOutput());
        median->SetRadius(1);
        median->Update();
      }
      catch (const std::exception & e)
      {
        std::fprintf(stderr, "%s\n", e.what());
        ++failures;
      }
    });
  }
  for (auto & thread : threads)
  {
    thread.join();
  }
  return failures == 0 ? 0 : 1;
}
