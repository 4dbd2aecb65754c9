// The real ITK 5.2, bound twice by the tests (with and without -threads): 2D float and unsigned char only,
// to keep the shim builds short. samples/RealItk/RealItk.i binds the full set.
%module RealItkTest

%{
#include "itkImage.h"
#include "itkMedianImageFilter.h"
#include "itkDiscreteGaussianImageFilter.h"
#include "itkBinaryThresholdImageFilter.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkExtractImageFilter.h"
#include "itkRegionOfInterestImageFilter.h"
#include "itkFlipImageFilter.h"
#include "itkRecursiveGaussianImageFilter.h"
%}

%include "itkLightObject.h"
%include "itkObject.h"
%include "itkProcessObject.h"
%include "itkImage.h"
%include "itkMedianImageFilter.h"
%include "itkDiscreteGaussianImageFilter.h"
%include "itkBinaryThresholdImageFilter.h"
%include "itkImageFileReader.h"
%include "itkImageFileWriter.h"
%include "itkExtractImageFilter.h"
%include "itkRegionOfInterestImageFilter.h"
%include "itkFlipImageFilter.h"
%include "itkRecursiveGaussianImageFilter.h"

%template(ImageF2) itk::Image<float, 2>;
%template(ImageUC2) itk::Image<unsigned char, 2>;
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

// DiscreteGaussian's per-axis variance and maximum error: one value an axis.
%apply double INPUT[ImageDimension] { const double * v };
%apply float INPUT[ImageDimension] { const float * v };

%ignore itk::LightObject::Print;
// An exception type: ITK's exceptions reach C# as ItkException.
%ignore itk::ImageFileWriterException;
