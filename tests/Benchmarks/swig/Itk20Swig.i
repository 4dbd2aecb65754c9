// SWIG 4.1 over the same ITK 5.2 headers and the same twenty instantiations as tests/Benchmarks/itk/Itk20.i:
// the swig half of the castxml + swig baseline in tests/Benchmarks/run.sh (generation time only, not built).
%module Itk20Swig

%{
#include "itkImage.h"
#include "itkMedianImageFilter.h"
#include "itkDiscreteGaussianImageFilter.h"
#include "itkSmoothingRecursiveGaussianImageFilter.h"
#include "itkMeanImageFilter.h"
#include "itkGradientMagnitudeImageFilter.h"
#include "itkGradientAnisotropicDiffusionImageFilter.h"
#include "itkCurvatureFlowImageFilter.h"
#include "itkBinaryThresholdImageFilter.h"
#include "itkThresholdImageFilter.h"
#include "itkRescaleIntensityImageFilter.h"
#include "itkIntensityWindowingImageFilter.h"
#include "itkShiftScaleImageFilter.h"
#include "itkSigmoidImageFilter.h"
#include "itkInvertIntensityImageFilter.h"
#include "itkCastImageFilter.h"
#include "itkAddImageFilter.h"
#include "itkStatisticsImageFilter.h"
%}

%include <std_string.i>

%exception {
  try {
    $action
  } catch (const std::exception & e) {
    SWIG_CSharpSetPendingException(SWIG_CSharpApplicationException, e.what());
    return $null;
  }
}

// What SWIG needs to read ITK's headers: the export macros empty, ITK's macro definitions imported.
#define ITKCommon_EXPORT
#define ITK_TEMPLATE_EXPORT
%import "itkMacro.h"
%import "itkIntTypes.h"

%nodefaultctor;
%nodefaultdtor;
%ignore itk::LightObject::Print;
%ignore *::operator<<;

%include "itkLightObject.h"
%include "itkObject.h"
%include "itkProcessObject.h"
%include "itkImage.h"
%include "itkMedianImageFilter.h"
%include "itkDiscreteGaussianImageFilter.h"
%include "itkSmoothingRecursiveGaussianImageFilter.h"
%include "itkMeanImageFilter.h"
%include "itkGradientMagnitudeImageFilter.h"
%include "itkGradientAnisotropicDiffusionImageFilter.h"
%include "itkCurvatureFlowImageFilter.h"
%include "itkBinaryThresholdImageFilter.h"
%include "itkThresholdImageFilter.h"
%include "itkRescaleIntensityImageFilter.h"
%include "itkIntensityWindowingImageFilter.h"
%include "itkShiftScaleImageFilter.h"
%include "itkSigmoidImageFilter.h"
%include "itkInvertIntensityImageFilter.h"
%include "itkCastImageFilter.h"
%include "itkAddImageFilter.h"
%include "itkStatisticsImageFilter.h"
%template(ImageF2) itk::Image<float, 2>;
%template(ImageF3) itk::Image<float, 3>;
%template(ImageUC2) itk::Image<unsigned char, 2>;
%template(ImageUC3) itk::Image<unsigned char, 3>;
%template(MedianImageFilterF2) itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MedianImageFilterF3) itk::MedianImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(DiscreteGaussianImageFilterF2) itk::DiscreteGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(DiscreteGaussianImageFilterF3) itk::DiscreteGaussianImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(SmoothingRecursiveGaussianImageFilterF2) itk::SmoothingRecursiveGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MeanImageFilterF2) itk::MeanImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(GradientMagnitudeImageFilterF2) itk::GradientMagnitudeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(GradientAnisotropicDiffusionImageFilterF2) itk::GradientAnisotropicDiffusionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(CurvatureFlowImageFilterF2) itk::CurvatureFlowImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryThresholdImageFilterF2UC2) itk::BinaryThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>>;
%template(BinaryThresholdImageFilterF3UC3) itk::BinaryThresholdImageFilter<itk::Image<float, 3>, itk::Image<unsigned char, 3>>;
%template(ThresholdImageFilterF2) itk::ThresholdImageFilter<itk::Image<float, 2>>;
%template(RescaleIntensityImageFilterF2UC2) itk::RescaleIntensityImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>>;
%template(IntensityWindowingImageFilterF2UC2) itk::IntensityWindowingImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>>;
%template(ShiftScaleImageFilterF2) itk::ShiftScaleImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SigmoidImageFilterF2) itk::SigmoidImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(InvertIntensityImageFilterUC2) itk::InvertIntensityImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(CastImageFilterUC2F2) itk::CastImageFilter<itk::Image<unsigned char, 2>, itk::Image<float, 2>>;
%template(AddImageFilterF2) itk::AddImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(StatisticsImageFilterF2) itk::StatisticsImageFilter<itk::Image<float, 2>>;
