// The service's filters on Debian's ITK 5.2 (-p:FilterBackend=itk): the classes, under the same names, that the
// native core's ItkCore.i gives the default build, and no more, to keep the shim small.
%module FilterItk

%{
#include "itkImage.h"
#include "itkMedianImageFilter.h"
#include "itkDiscreteGaussianImageFilter.h"
#include "itkBinaryThresholdImageFilter.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkMultiThreaderBase.h"
%}

%include "itkLightObject.h"
%include "itkObject.h"
%include "itkDataObject.h"
%include "itkProcessObject.h"
%include "itkMultiThreaderBase.h"
%include "itkImage.h"
%include "itkImageIOBase.h"
%include "itkMedianImageFilter.h"
%include "itkDiscreteGaussianImageFilter.h"
%include "itkBinaryThresholdImageFilter.h"
%include "itkImageFileReader.h"
%include "itkImageFileWriter.h"

%template(ImageF2) itk::Image<float, 2>;
%template(ImageUC2) itk::Image<unsigned char, 2>;
%template(MedianImageFilterF2) itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(DiscreteGaussianImageFilterF2) itk::DiscreteGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryThresholdImageFilterF2UC2) itk::BinaryThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>>;
%template(ImageFileReaderF2) itk::ImageFileReader<itk::Image<float, 2>>;
%template(ImageFileWriterF2) itk::ImageFileWriter<itk::Image<float, 2>>;

// A short call that never calls back, as in ItkCore.i: it takes the binding lock (the service's /info probe).
%nothread itk::MultiThreaderBase::GetGlobalDefaultNumberOfThreads;

// DiscreteGaussian's per-axis variance and maximum error: one value an image axis.
%apply double INPUT[ImageDimension] { const double * v };
%apply float INPUT[ImageDimension] { const float * v };
