// The filters whose run time decides the shim's compiler flags (tests/Catalogue/bench-filters.sh): neighbourhood,
// recursive, iterative, pixel-wise and histogram filters of the catalogue, for 2D float images.
%module BenchFilters
%{
#include "itkImage.h"
#include "itkFlatStructuringElement.h"
#include "itkAddImageFilter.h"
#include "itkBilateralImageFilter.h"
#include "itkBinaryThresholdImageFilter.h"
#include "itkCannyEdgeDetectionImageFilter.h"
#include "itkCurvatureFlowImageFilter.h"
#include "itkDiscreteGaussianImageFilter.h"
#include "itkGradientAnisotropicDiffusionImageFilter.h"
#include "itkGrayscaleDilateImageFilter.h"
#include "itkLaplacianImageFilter.h"
#include "itkMeanImageFilter.h"
#include "itkMedianImageFilter.h"
#include "itkOtsuThresholdImageFilter.h"
#include "itkResampleImageFilter.h"
#include "itkSignedMaurerDistanceMapImageFilter.h"
#include "itkSmoothingRecursiveGaussianImageFilter.h"
%}
%include "itkLightObject.h"
%include "itkObject.h"
%include "itkProcessObject.h"
%include "itkImage.h"
%import "itkFlatStructuringElement.h"
%import "itkAddImageFilter.h"
%import "itkBilateralImageFilter.h"
%import "itkBinaryThresholdImageFilter.h"
%import "itkCannyEdgeDetectionImageFilter.h"
%import "itkCurvatureFlowImageFilter.h"
%import "itkDiscreteGaussianImageFilter.h"
%import "itkGradientAnisotropicDiffusionImageFilter.h"
%import "itkGrayscaleDilateImageFilter.h"
%import "itkLaplacianImageFilter.h"
%import "itkMeanImageFilter.h"
%import "itkMedianImageFilter.h"
%import "itkOtsuThresholdImageFilter.h"
%import "itkResampleImageFilter.h"
%import "itkSignedMaurerDistanceMapImageFilter.h"
%import "itkSmoothingRecursiveGaussianImageFilter.h"

%template(ImageF2) itk::Image<float, 2>;
%template(AddImageFilterF2) itk::AddImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BilateralImageFilterF2) itk::BilateralImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryThresholdImageFilterF2) itk::BinaryThresholdImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(CannyEdgeDetectionImageFilterF2) itk::CannyEdgeDetectionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(CurvatureFlowImageFilterF2) itk::CurvatureFlowImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(DiscreteGaussianImageFilterF2) itk::DiscreteGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(GradientAnisotropicDiffusionImageFilterF2) itk::GradientAnisotropicDiffusionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(GrayscaleDilateImageFilterF2) itk::GrayscaleDilateImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(LaplacianImageFilterF2) itk::LaplacianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MeanImageFilterF2) itk::MeanImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MedianImageFilterF2) itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(OtsuThresholdImageFilterF2) itk::OtsuThresholdImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ResampleImageFilterF2) itk::ResampleImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SignedMaurerDistanceMapImageFilterF2) itk::SignedMaurerDistanceMapImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SmoothingRecursiveGaussianImageFilterF2) itk::SmoothingRecursiveGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
