// Runs real ITK filters on an input image and writes median.mha, gaussian.mha, threshold.png, managed-chain.mha, extract.mha, roi.mha,
// flip.mha, recursive-gaussian.mha, gaussian-axes.mha, direction.mha, resample.mha, dilate-ball.mha,
// connected.mha, otsu.png, values.txt (Otsu's threshold, the mean, and Otsu's threshold from a histogram and
// the calculator's decorated output), warp.mha and fast-marching.mha, so tests can compare the C# results.
#include "itkAffineTransform.h"
#include "itkBinaryThresholdImageFilter.h"
#include "itkConnectedThresholdImageFilter.h"
#include "itkDiscreteGaussianImageFilter.h"
#include "itkExtractImageFilter.h"
#include "itkFastMarchingImageFilter.h"
#include "itkFlatStructuringElement.h"
#include "itkFlipImageFilter.h"
#include "itkGrayscaleDilateImageFilter.h"
#include "itkImage.h"
#include "itkImageDuplicator.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkImageToHistogramFilter.h"
#include "itkLinearInterpolateImageFunction.h"
#include "itkMedianImageFilter.h"
#include "itkOtsuThresholdCalculator.h"
#include "itkOtsuThresholdImageFilter.h"
#include "itkRecursiveGaussianImageFilter.h"
#include "itkRegionOfInterestImageFilter.h"
#include "itkResampleImageFilter.h"
#include "itkStatisticsImageFilter.h"
#include "itkWarpImageFilter.h"

#include <cmath>
#include <fstream>
#include <iomanip>
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

    // The managed-filter chain's steps in C++: median (radius 2), then v * v + 0.25 (the C# filter), then threshold.
    auto squared = ImageType::New();
    squared->SetRegions(median->GetOutput()->GetLargestPossibleRegion());
    squared->Allocate();
    {
      const float * source = median->GetOutput()->GetBufferPointer();
      float *       target = squared->GetBufferPointer();
      const auto    count = squared->GetLargestPossibleRegion().GetNumberOfPixels();
      for (itk::SizeValueType i = 0; i < count; ++i)
      {
        target[i] = source[i] * source[i] + 0.25f;
      }
    }
    auto chainThreshold = itk::BinaryThresholdImageFilter<ImageType, MaskType>::New();
    chainThreshold->SetInput(squared);
    chainThreshold->SetLowerThreshold(0.4f);
    chainThreshold->SetUpperThreshold(0.8f);
    chainThreshold->SetInsideValue(255);
    chainThreshold->SetOutsideValue(0);
    auto chainWriter = itk::ImageFileWriter<MaskType>::New();
    chainWriter->SetInput(chainThreshold->GetOutput());
    chainWriter->SetFileName(out + "/managed-chain.mha");
    chainWriter->Update();

    ImageType::IndexType regionIndex;
    regionIndex[0] = 3;
    regionIndex[1] = 4;
    ImageType::SizeType regionSize;
    regionSize[0] = 20;
    regionSize[1] = 10;
    const ImageType::RegionType region(regionIndex, regionSize);

    auto extract = itk::ExtractImageFilter<ImageType, ImageType>::New();
    extract->SetInput(reader->GetOutput());
    extract->SetExtractionRegion(region);
    extract->SetDirectionCollapseToSubmatrix();
    auto extractWriter = itk::ImageFileWriter<ImageType>::New();
    extractWriter->SetInput(extract->GetOutput());
    extractWriter->SetFileName(out + "/extract.mha");
    extractWriter->Update();

    auto roi = itk::RegionOfInterestImageFilter<ImageType, ImageType>::New();
    roi->SetInput(reader->GetOutput());
    roi->SetRegionOfInterest(region);
    auto roiWriter = itk::ImageFileWriter<ImageType>::New();
    roiWriter->SetInput(roi->GetOutput());
    roiWriter->SetFileName(out + "/roi.mha");
    roiWriter->Update();

    using FlipType = itk::FlipImageFilter<ImageType>;
    FlipType::FlipAxesArrayType flipAxes;
    flipAxes[0] = true;
    flipAxes[1] = false;
    auto flip = FlipType::New();
    flip->SetInput(reader->GetOutput());
    flip->SetFlipAxes(flipAxes);
    auto flipWriter = itk::ImageFileWriter<ImageType>::New();
    flipWriter->SetInput(flip->GetOutput());
    flipWriter->SetFileName(out + "/flip.mha");
    flipWriter->Update();

    auto recursiveGaussian = itk::RecursiveGaussianImageFilter<ImageType, ImageType>::New();
    recursiveGaussian->SetInput(reader->GetOutput());
    recursiveGaussian->SetSigma(2.0);
    recursiveGaussian->SetDirection(0);
    recursiveGaussian->SetOrder(itk::RecursiveGaussianImageFilterEnums::GaussianOrder::FirstOrder);
    auto recursiveGaussianWriter = itk::ImageFileWriter<ImageType>::New();
    recursiveGaussianWriter->SetInput(recursiveGaussian->GetOutput());
    recursiveGaussianWriter->SetFileName(out + "/recursive-gaussian.mha");
    recursiveGaussianWriter->Update();

    const double axisVariance[2] = { 1.0, 4.0 };
    auto gaussianAxes = itk::DiscreteGaussianImageFilter<ImageType, ImageType>::New();
    gaussianAxes->SetInput(reader->GetOutput());
    gaussianAxes->SetVariance(axisVariance);
    auto gaussianAxesWriter = itk::ImageFileWriter<ImageType>::New();
    gaussianAxesWriter->SetInput(gaussianAxes->GetOutput());
    gaussianAxesWriter->SetFileName(out + "/gaussian-axes.mha");
    gaussianAxesWriter->Update();

    auto duplicator = itk::ImageDuplicator<ImageType>::New();
    duplicator->SetInputImage(reader->GetOutput());
    duplicator->Update();
    ImageType::Pointer rotated = duplicator->GetOutput();

    const double angle = 30.0 * std::acos(-1.0) / 180.0;
    ImageType::DirectionType direction;
    direction[0][0] = std::cos(angle);
    direction[0][1] = -std::sin(angle);
    direction[1][0] = std::sin(angle);
    direction[1][1] = std::cos(angle);
    rotated->SetDirection(direction);
    auto directionWriter = itk::ImageFileWriter<ImageType>::New();
    directionWriter->SetInput(rotated);
    directionWriter->SetFileName(out + "/direction.mha");
    directionWriter->Update();

    // Resample through an affine transform (rotation by 10 degrees about the centre, then a shift) with linear
    // interpolation, onto the input's grid with a rotated output direction.
    auto transform = itk::AffineTransform<double, 2>::New();
    const auto size = reader->GetOutput()->GetLargestPossibleRegion().GetSize();
    itk::Point<double, 2> centre;
    centre[0] = (size[0] - 1) / 2.0;
    centre[1] = (size[1] - 1) / 2.0;
    transform->SetCenter(centre);
    transform->Rotate2D(10.0 * std::acos(-1.0) / 180.0);
    itk::Vector<double, 2> shift;
    shift[0] = 1.5;
    shift[1] = -2.0;
    transform->Translate(shift);
    auto resample = itk::ResampleImageFilter<ImageType, ImageType>::New();
    resample->SetInput(reader->GetOutput());
    resample->SetTransform(transform);
    resample->SetInterpolator(itk::LinearInterpolateImageFunction<ImageType, double>::New());
    resample->SetSize(size);
    resample->SetDefaultPixelValue(-1.0f);
    const double tilt = 5.0 * std::acos(-1.0) / 180.0;
    ImageType::DirectionType outputDirection;
    outputDirection[0][0] = std::cos(tilt);
    outputDirection[0][1] = -std::sin(tilt);
    outputDirection[1][0] = std::sin(tilt);
    outputDirection[1][1] = std::cos(tilt);
    resample->SetOutputDirection(outputDirection);
    auto resampleWriter = itk::ImageFileWriter<ImageType>::New();
    resampleWriter->SetInput(resample->GetOutput());
    resampleWriter->SetFileName(out + "/resample.mha");
    resampleWriter->Update();

    // Grayscale dilation with a ball of radius (2, 3).
    using KernelType = itk::FlatStructuringElement<2>;
    KernelType::RadiusType radius;
    radius[0] = 2;
    radius[1] = 3;
    auto dilate = itk::GrayscaleDilateImageFilter<ImageType, ImageType, KernelType>::New();
    dilate->SetInput(reader->GetOutput());
    dilate->SetKernel(KernelType::Ball(radius));
    auto dilateWriter = itk::ImageFileWriter<ImageType>::New();
    dilateWriter->SetInput(dilate->GetOutput());
    dilateWriter->SetFileName(out + "/dilate-ball.mha");
    dilateWriter->Update();

    // Region growing from two seeds with full (8-) connectivity.
    auto connected = itk::ConnectedThresholdImageFilter<ImageType, ImageType>::New();
    connected->SetInput(reader->GetOutput());
    ImageType::IndexType seed;
    seed[0] = 5;
    seed[1] = 5;
    connected->AddSeed(seed);
    seed[0] = 40;
    seed[1] = 30;
    connected->AddSeed(seed);
    connected->SetLower(0.2f);
    connected->SetUpper(0.9f);
    connected->SetReplaceValue(1.0f);
    connected->SetConnectivity(itk::ConnectedThresholdImageFilterEnums::Connectivity::FullConnectivity);
    auto connectedWriter = itk::ImageFileWriter<ImageType>::New();
    connectedWriter->SetInput(connected->GetOutput());
    connectedWriter->SetFileName(out + "/connected.mha");
    connectedWriter->Update();

    // Otsu's threshold, and the mean read from the statistics filter's decorated output.
    auto otsu = itk::OtsuThresholdImageFilter<ImageType, MaskType>::New();
    otsu->SetInput(reader->GetOutput());
    auto otsuWriter = itk::ImageFileWriter<MaskType>::New();
    otsuWriter->SetInput(otsu->GetOutput());
    otsuWriter->SetFileName(out + "/otsu.png");
    otsuWriter->Update();
    auto statistics = itk::StatisticsImageFilter<ImageType>::New();
    statistics->SetInput(reader->GetOutput());
    statistics->Update();
    // Warp by a displacement field of vector pixels: d(x, y) = (0.5 + 0.1 x, -0.25 y / 10), linear interpolation.
    using FieldType = itk::Image<itk::Vector<float, 2>, 2>;
    auto field = FieldType::New();
    field->SetRegions(size);
    field->Allocate();
    for (unsigned long y = 0; y < size[1]; ++y)
    {
      for (unsigned long x = 0; x < size[0]; ++x)
      {
        FieldType::IndexType index;
        index[0] = static_cast<long>(x);
        index[1] = static_cast<long>(y);
        itk::Vector<float, 2> d;
        d[0] = 0.5f + 0.1f * static_cast<float>(x);
        d[1] = -0.25f * static_cast<float>(y) / 10.0f;
        field->SetPixel(index, d);
      }
    }
    auto warp = itk::WarpImageFilter<ImageType, ImageType, FieldType>::New();
    warp->SetInput(reader->GetOutput());
    warp->SetDisplacementField(field);
    warp->SetOutputSize(size);
    warp->SetEdgePaddingValue(-1.0f);
    auto warpWriter = itk::ImageFileWriter<ImageType>::New();
    warpWriter->SetInput(warp->GetOutput());
    warpWriter->SetFileName(out + "/warp.mha");
    warpWriter->Update();

    // Fast marching at speed 1 from two trial points of arrival time 0.
    using MarchingType = itk::FastMarchingImageFilter<ImageType, ImageType>;
    auto marching = MarchingType::New();
    auto trial = MarchingType::NodeContainer::New();
    trial->Initialize();
    MarchingType::NodeType node;
    MarchingType::NodeType::IndexType nodeIndex;
    nodeIndex[0] = 10;
    nodeIndex[1] = 10;
    node.SetIndex(nodeIndex);
    node.SetValue(0.0f);
    trial->InsertElement(0, node);
    nodeIndex[0] = 50;
    nodeIndex[1] = 30;
    node.SetIndex(nodeIndex);
    trial->InsertElement(1, node);
    marching->SetTrialPoints(trial);
    marching->SetSpeedConstant(1.0);
    marching->SetOutputSize(size);
    auto marchingWriter = itk::ImageFileWriter<ImageType>::New();
    marchingWriter->SetInput(marching->GetOutput());
    marchingWriter->SetFileName(out + "/fast-marching.mha");
    marchingWriter->Update();

    // Otsu's threshold in two steps: a histogram of 128 bins over the image's range, then the calculator.
    using HistogramFilterType = itk::Statistics::ImageToHistogramFilter<ImageType>;
    auto histogram = HistogramFilterType::New();
    histogram->SetInput(reader->GetOutput());
    HistogramFilterType::HistogramSizeType bins(1);
    bins[0] = 128;
    histogram->SetHistogramSize(bins);
    histogram->SetAutoMinimumMaximum(true);
    histogram->Update();
    auto calculator = itk::OtsuThresholdCalculator<HistogramFilterType::HistogramType, float>::New();
    calculator->SetInput(histogram->GetOutput());
    calculator->Update();

    std::ofstream values(out + "/values.txt");
    values << std::setprecision(17) << otsu->GetThreshold() << '\n'
           << statistics->GetMeanOutput()->Get() << '\n'
           << calculator->GetOutput()->Get() << '\n';
  }
  catch (const std::exception & e)
  {
    std::cerr << e.what() << '\n';
    return 1;
  }
  return 0;
}
