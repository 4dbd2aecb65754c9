// Runs a subset of the catalogue's filters with the real ITK and their default parameters on one input image and
// writes each output as <catalogue name>.mha, so the catalogue can compare the C# results pixel for pixel.
#include "itkFlatStructuringElement.h"
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkAbsImageFilter.h"
#include "itkAtanImageFilter.h"
#include "itkBilateralImageFilter.h"
#include "itkBinaryThresholdImageFilter.h"
#include "itkBinomialBlurImageFilter.h"
#include "itkCastImageFilter.h"
#include "itkCosImageFilter.h"
#include "itkCurvatureAnisotropicDiffusionImageFilter.h"
#include "itkCurvatureFlowImageFilter.h"
#include "itkDerivativeImageFilter.h"
#include "itkDiscreteGaussianImageFilter.h"
#include "itkExpImageFilter.h"
#include "itkFlipImageFilter.h"
#include "itkGradientAnisotropicDiffusionImageFilter.h"
#include "itkGradientMagnitudeImageFilter.h"
#include "itkGradientMagnitudeRecursiveGaussianImageFilter.h"
#include "itkGrayscaleDilateImageFilter.h"
#include "itkGrayscaleErodeImageFilter.h"
#include "itkInvertIntensityImageFilter.h"
#include "itkLaplacianImageFilter.h"
#include "itkLaplacianRecursiveGaussianImageFilter.h"
#include "itkLogImageFilter.h"
#include "itkMeanImageFilter.h"
#include "itkMedianImageFilter.h"
#include "itkMinMaxCurvatureFlowImageFilter.h"
#include "itkNoiseImageFilter.h"
#include "itkNormalizeImageFilter.h"
#include "itkRecursiveGaussianImageFilter.h"
#include "itkRescaleIntensityImageFilter.h"
#include "itkShiftScaleImageFilter.h"
#include "itkSigmoidImageFilter.h"
#include "itkSinImageFilter.h"
#include "itkSmoothingRecursiveGaussianImageFilter.h"
#include "itkSobelEdgeDetectionImageFilter.h"
#include "itkSqrtImageFilter.h"
#include "itkSquareImageFilter.h"
#include "itkTanImageFilter.h"
#include "itkThresholdImageFilter.h"
#include "itkZeroCrossingImageFilter.h"

#include <iostream>
#include <string>

namespace
{
using ImageType = itk::Image<float, 2>;

template <typename TFilter>
void
Run(const ImageType * input, const std::string & folder, const std::string & name)
{
  auto filter = TFilter::New();
  filter->SetInput(input);
  auto writer = itk::ImageFileWriter<ImageType>::New();
  writer->SetInput(filter->GetOutput());
  writer->SetFileName(folder + "/" + name + ".mha");
  writer->Update();
}
} // namespace

int
main(int argc, char * argv[])
{
  if (argc != 3)
  {
    std::cerr << "usage: catalogue_reference <input.mha> <output-folder>\n";
    return 2;
  }
  const std::string out = argv[2];
  try
  {
    auto reader = itk::ImageFileReader<ImageType>::New();
    reader->SetFileName(argv[1]);
    reader->Update();
    const ImageType * input = reader->GetOutput();
    Run<itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "MedianImageFilterF2");
    Run<itk::MeanImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "MeanImageFilterF2");
    Run<itk::DiscreteGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "DiscreteGaussianImageFilterF2");
    Run<itk::SmoothingRecursiveGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "SmoothingRecursiveGaussianImageFilterF2");
    Run<itk::RecursiveGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "RecursiveGaussianImageFilterF2");
    Run<itk::GradientMagnitudeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "GradientMagnitudeImageFilterF2");
    Run<itk::GradientMagnitudeRecursiveGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "GradientMagnitudeRecursiveGaussianImageFilterF2");
    Run<itk::LaplacianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "LaplacianImageFilterF2");
    Run<itk::LaplacianRecursiveGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "LaplacianRecursiveGaussianImageFilterF2");
    Run<itk::SobelEdgeDetectionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "SobelEdgeDetectionImageFilterF2");
    Run<itk::BinaryThresholdImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "BinaryThresholdImageFilterF2");
    Run<itk::ThresholdImageFilter<itk::Image<float, 2>>>(input, out, "ThresholdImageFilterF2");
    Run<itk::RescaleIntensityImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "RescaleIntensityImageFilterF2");
    Run<itk::NormalizeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "NormalizeImageFilterF2");
    Run<itk::AbsImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "AbsImageFilterF2");
    Run<itk::SqrtImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "SqrtImageFilterF2");
    Run<itk::SquareImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "SquareImageFilterF2");
    Run<itk::ExpImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "ExpImageFilterF2");
    Run<itk::LogImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "LogImageFilterF2");
    Run<itk::SinImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "SinImageFilterF2");
    Run<itk::CosImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "CosImageFilterF2");
    Run<itk::SigmoidImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "SigmoidImageFilterF2");
    Run<itk::InvertIntensityImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "InvertIntensityImageFilterF2");
    Run<itk::CastImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "CastImageFilterF2");
    Run<itk::ShiftScaleImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "ShiftScaleImageFilterF2");
    Run<itk::GrayscaleErodeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>>(input, out, "GrayscaleErodeImageFilterF2");
    Run<itk::GrayscaleDilateImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>>(input, out, "GrayscaleDilateImageFilterF2");
    Run<itk::BilateralImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "BilateralImageFilterF2");
    Run<itk::CurvatureFlowImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "CurvatureFlowImageFilterF2");
    Run<itk::MinMaxCurvatureFlowImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "MinMaxCurvatureFlowImageFilterF2");
    Run<itk::FlipImageFilter<itk::Image<float, 2>>>(input, out, "FlipImageFilterF2");
    Run<itk::ZeroCrossingImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "ZeroCrossingImageFilterF2");
    Run<itk::DerivativeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "DerivativeImageFilterF2");
    Run<itk::AtanImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "AtanImageFilterF2");
    Run<itk::TanImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "TanImageFilterF2");
    Run<itk::NoiseImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "NoiseImageFilterF2");
    Run<itk::BinomialBlurImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "BinomialBlurImageFilterF2");
    Run<itk::GradientAnisotropicDiffusionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "GradientAnisotropicDiffusionImageFilterF2");
    Run<itk::CurvatureAnisotropicDiffusionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>>(input, out, "CurvatureAnisotropicDiffusionImageFilterF2");
  }
  catch (const std::exception & e)
  {
    std::cerr << e.what() << '\n';
    return 1;
  }
  return 0;
}
