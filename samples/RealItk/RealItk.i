// Bindings of the real ITK 5.2 (Debian libinsighttoolkit5-dev): the same generator, pointed at
// /usr/include/ITK-5.2 and built with --target itk. Float and unsigned char images, 2D and 3D.
%module RealItk

%{
#include "itkImage.h"
#include "itkImageToImageFilter.h"
#include "itkMedianImageFilter.h"
#include "itkDiscreteGaussianImageFilter.h"
#include "itkBinaryThresholdImageFilter.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
%}

%include "itkLightObject.h"
%include "itkObject.h"
%include "itkDataObject.h"
%include "itkProcessObject.h"
%include "itkImage.h"
%include "itkImageSource.h"
%include "itkImageToImageFilter.h"
%include "itkImageIOBase.h"
%include "itkMedianImageFilter.h"
%include "itkDiscreteGaussianImageFilter.h"
%include "itkBinaryThresholdImageFilter.h"
%include "itkImageFileReader.h"
%include "itkImageFileWriter.h"

%template(ImageF2) itk::Image<float, 2>;
%template(ImageF3) itk::Image<float, 3>;
%template(ImageUC2) itk::Image<unsigned char, 2>;
%template(ImageUC3) itk::Image<unsigned char, 3>;

// Image filters written in C# (ClampFilter.cs): GenerateData and the pipeline's other protected virtuals, overridable.
%template(ImageToImageFilterF2) itk::ImageToImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%feature("director") itk::ImageToImageFilter;
%template(MedianImageFilterF2) itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MedianImageFilterF3) itk::MedianImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(MedianImageFilterUC2) itk::MedianImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(MedianImageFilterUC3) itk::MedianImageFilter<itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>>;

%template(DiscreteGaussianImageFilterF2) itk::DiscreteGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(DiscreteGaussianImageFilterF3) itk::DiscreteGaussianImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(DiscreteGaussianImageFilterUC2) itk::DiscreteGaussianImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(DiscreteGaussianImageFilterUC3) itk::DiscreteGaussianImageFilter<itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>>;

%template(BinaryThresholdImageFilterF2UC2) itk::BinaryThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>>;
%template(BinaryThresholdImageFilterF3UC3) itk::BinaryThresholdImageFilter<itk::Image<float, 3>, itk::Image<unsigned char, 3>>;
%template(BinaryThresholdImageFilterUC2UC2) itk::BinaryThresholdImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(BinaryThresholdImageFilterUC3UC3) itk::BinaryThresholdImageFilter<itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>>;

%template(ImageFileReaderF2) itk::ImageFileReader<itk::Image<float, 2>>;
%template(ImageFileReaderF3) itk::ImageFileReader<itk::Image<float, 3>>;
%template(ImageFileReaderUC2) itk::ImageFileReader<itk::Image<unsigned char, 2>>;
%template(ImageFileReaderUC3) itk::ImageFileReader<itk::Image<unsigned char, 3>>;
%template(ImageFileWriterF2) itk::ImageFileWriter<itk::Image<float, 2>>;
%template(ImageFileWriterF3) itk::ImageFileWriter<itk::Image<float, 3>>;
%template(ImageFileWriterUC2) itk::ImageFileWriter<itk::Image<unsigned char, 2>>;
%template(ImageFileWriterUC3) itk::ImageFileWriter<itk::Image<unsigned char, 3>>;

// DiscreteGaussian's per-axis variance and maximum error: one value an image axis.
%apply double INPUT[ImageDimension] { const double * v };
%apply float INPUT[ImageDimension] { const float * v };
