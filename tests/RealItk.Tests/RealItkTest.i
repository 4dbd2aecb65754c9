// The real ITK 5.2 as the tests bind it with -threads (RealItkTestLocked.i: its part without): 2D float and unsigned char only,
// to keep the shim builds short. samples/RealItk/RealItk.i binds the full set.
%module RealItkTest

%{
#include "itkImage.h"
#include "itkImageToImageFilter.h"
#include "itkMedianImageFilter.h"
#include "itkDiscreteGaussianImageFilter.h"
#include "itkBinaryThresholdImageFilter.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkExtractImageFilter.h"
#include "itkRegionOfInterestImageFilter.h"
#include "itkFlipImageFilter.h"
#include "itkRecursiveGaussianImageFilter.h"
#include "itkResampleImageFilter.h"
#include "itkAffineTransform.h"
#include "itkLinearInterpolateImageFunction.h"
#include "itkGrayscaleDilateImageFilter.h"
#include "itkFlatStructuringElement.h"
#include "itkConnectedThresholdImageFilter.h"
#include "itkOtsuThresholdImageFilter.h"
#include "itkStatisticsImageFilter.h"
#include "itkWarpImageFilter.h"
#include "itkFastMarchingImageFilter.h"
#include "itkImageToHistogramFilter.h"
#include "itkOtsuThresholdCalculator.h"
%}

%include "itkLightObject.h"
%include "itkObject.h"
%include "itkDataObject.h"
%include "itkProcessObject.h"
%include "itkImage.h"
%include "itkImageSource.h"
%include "itkImageToImageFilter.h"
%include "itkMedianImageFilter.h"
%include "itkDiscreteGaussianImageFilter.h"
%include "itkBinaryThresholdImageFilter.h"
%include "itkImageFileReader.h"
%include "itkImageFileWriter.h"
%include "itkExtractImageFilter.h"
%include "itkRegionOfInterestImageFilter.h"
%include "itkFlipImageFilter.h"
%include "itkRecursiveGaussianImageFilter.h"
%include "itkResampleImageFilter.h"
%import "itkTransform.h"
%import "itkMatrixOffsetTransformBase.h"
%import "itkAffineTransform.h"
%import "itkInterpolateImageFunction.h"
%import "itkLinearInterpolateImageFunction.h"
%include "itkGrayscaleDilateImageFilter.h"
%import "itkFlatStructuringElement.h"
%include "itkConnectedThresholdImageFilter.h"
%include "itkOtsuThresholdImageFilter.h"
%include "itkStatisticsImageFilter.h"
%include "itkWarpImageFilter.h"
%include "itkFastMarchingImageFilter.h"
%import "itkHistogram.h"
%import "itkImageToHistogramFilter.h"
%import "itkOtsuThresholdCalculator.h"

%template(ImageF2) itk::Image<float, 2>;
%template(ImageUC2) itk::Image<unsigned char, 2>;
// Image filters written in C#: GenerateData and the pipeline's other protected virtuals, overridable.
%template(ImageToImageFilterF2) itk::ImageToImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%feature("director") itk::ImageToImageFilter;
%template(MedianImageFilterF2) itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(DiscreteGaussianImageFilterF2) itk::DiscreteGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryThresholdImageFilterF2UC2) itk::BinaryThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>>;
%template(ImageFileReaderF2) itk::ImageFileReader<itk::Image<float, 2>>;
%template(ImageFileReaderUC2) itk::ImageFileReader<itk::Image<unsigned char, 2>>;
%template(ImageFileWriterF2) itk::ImageFileWriter<itk::Image<float, 2>>;
// The value types the filters take: regions, flip axes (FixedArray<bool>), an enum of an *Enums class, a direction matrix.
%template(ExtractImageFilterF2) itk::ExtractImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(RegionOfInterestImageFilterF2) itk::RegionOfInterestImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(FlipImageFilterF2) itk::FlipImageFilter<itk::Image<float, 2>>;
%template(RecursiveGaussianImageFilterF2) itk::RecursiveGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
// Resample's transform and interpolator; a kernel (a value class) with its static factories; region growing from
// seeds; a threshold and a mean read from a decorated output.
%template(TransformD2) itk::Transform<double, 2, 2>;
%template(MatrixOffsetTransformBaseD2) itk::MatrixOffsetTransformBase<double, 2, 2>;
%template(AffineTransformD2) itk::AffineTransform<double, 2>;
%template(InterpolateImageFunctionF2) itk::InterpolateImageFunction<itk::Image<float, 2>, double>;
%template(LinearInterpolateImageFunctionF2) itk::LinearInterpolateImageFunction<itk::Image<float, 2>, double>;
%template(ResampleImageFilterF2) itk::ResampleImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(FlatStructuringElement2) itk::FlatStructuringElement<2>;
%template(GrayscaleDilateImageFilterF2) itk::GrayscaleDilateImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(ConnectedThresholdImageFilterF2) itk::ConnectedThresholdImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(OtsuThresholdImageFilterF2UC2) itk::OtsuThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>>;
%template(StatisticsImageFilterF2) itk::StatisticsImageFilter<itk::Image<float, 2>>;
// Warp by a displacement field: an image of vector pixels, seen from C# as two floats a pixel.
%template(ImageVF2) itk::Image<itk::Vector<float, 2>, 2>;
// Otsu's threshold as ITK's filter computes it: a histogram of the image, then the calculator's decorated output.
%template(HistogramD) itk::Statistics::Histogram<double, itk::Statistics::DenseFrequencyContainer2>;
%template(ImageToHistogramFilterF2) itk::Statistics::ImageToHistogramFilter<itk::Image<float, 2>>;
%template(OtsuThresholdCalculatorHD) itk::OtsuThresholdCalculator<itk::Statistics::Histogram<double, itk::Statistics::DenseFrequencyContainer2>, float>;
// Fast marching from trial points: a VectorContainer of LevelSetNodes, seen from C# as LevelSetNode[].
%template(FastMarchingImageFilterF2) itk::FastMarchingImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(WarpImageFilterF2) itk::WarpImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<itk::Vector<float, 2>, 2>>;

// DiscreteGaussian's per-axis variance and maximum error: one value an axis.
%apply double INPUT[ImageDimension] { const double * v };
%apply float INPUT[ImageDimension] { const float * v };

