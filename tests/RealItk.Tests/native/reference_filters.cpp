// Runs median, Gaussian and threshold with the real ITK on an input image, so tests can compare the C# results.
#include "itkBinaryThresholdImageFilter.h"
#include "itkDiscreteGaussianImageFilter.h"
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkMedianImageFilter.h"

#include <iostream>
#include <string>

int
main(int argc, char * argv[])
{
  if (argc != 3)
  {
    std::cerr << "usage: real_itk_reference <input.mha|input.png> <output-folder>\n";
    return 2;
  }
  using ImageType = itk::Image<float, 2>;
  using MaskType = itk::Image<unsigned char, 2>;
  const std::string out = argv[2];
  try
  {
    auto reader = itk::ImageFileReader<ImageType>::New();
    reader->SetFileName(argv[1]);
    reader->Update();

    auto median = itk::MedianImageFilter<ImageType, ImageType>::New();
    median->SetInput(reader->GetOutput());
    median->SetRadius(2);
    auto medianWriter = itk::ImageFileWriter<ImageType>::New();
    medianWriter->SetInput(median->GetOutput());
    medianWriter->SetFileName(out + "/median.mha");
    medianWriter->Update();

    auto gaussian = itk::DiscreteGaussianImageFilter<ImageType, ImageType>::New();
    gaussian->SetInput(reader->GetOutput());
    gaussian->SetVariance(2.0);
    auto gaussianWriter = itk::ImageFileWriter<ImageType>::New();
    gaussianWriter->SetInput(gaussian->GetOutput());
    gaussianWriter->SetFileName(out + "/gaussian.mha");
    gaussianWriter->Update();

    auto threshold = itk::BinaryThresholdImageFilter<ImageType, MaskType>::New();
    threshold->SetInput(reader->GetOutput());
    threshold->SetLowerThreshold(0.25f);
    threshold->SetUpperThreshold(0.75f);
    threshold->SetInsideValue(255);
    threshold->SetOutsideValue(0);
    auto thresholdWriter = itk::ImageFileWriter<MaskType>::New();
    thresholdWriter->SetInput(threshold->GetOutput());
    thresholdWriter->SetFileName(out + "/threshold.png");
    thresholdWriter->Update();
  }
  catch (const std::exception & e)
  {
    std::cerr << e.what() << '\n';
    return 1;
  }
  return 0;
}
