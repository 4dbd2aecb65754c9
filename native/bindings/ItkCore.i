// Bindings of the shared native core: the module the tests, the benchmarks and MedianDemo use.
%module ItkCore

%{
#include "itkImage.h"
#include "itkMedianImageFilter.h"
#include "itkDiscreteGaussianImageFilter.h"
#include "itkBinaryThresholdImageFilter.h"
#include "itkAddImageFilter.h"
#include "itkStatisticsImageFilter.h"
#include "itkCastImageFilter.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkMultiThreaderBase.h"
#include "itkTestHooks.h"
#include "itkTestCalculator.h"
#include "itkImageToImageFilter.h"
%}

%include "itkLightObject.h"
%include "itkObject.h"
%include "itkDataObject.h"
%include "itkProcessObject.h"
%include "itkMultiThreaderBase.h"
%include "itkTestHooks.h"
%include "itkTestCalculator.h"
%include "itkImageSource.h"
%include "itkImageToImageFilter.h"
%include "itkImage.h"
%include "itkMedianImageFilter.h"
%include "itkDiscreteGaussianImageFilter.h"
%include "itkBinaryThresholdImageFilter.h"
%include "itkAddImageFilter.h"
%include "itkStatisticsImageFilter.h"
%include "itkCastImageFilter.h"
%include "itkImageFileReader.h"
%include "itkImageFileWriter.h"

%template(ImageF2) itk::Image<float, 2>;
%template(ImageF3) itk::Image<float, 3>;
%template(ImageUC2) itk::Image<unsigned char, 2>;
%template(ImageToImageFilterF2) itk::ImageToImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MedianImageFilterF2) itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MedianImageFilterF3) itk::MedianImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(DiscreteGaussianImageFilterF2) itk::DiscreteGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryThresholdImageFilterF2UC2) itk::BinaryThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>>;
%template(AddImageFilterF2) itk::AddImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(StatisticsImageFilterF2) itk::StatisticsImageFilter<itk::Image<float, 2>>;
%template(CastImageFilterUC2F2) itk::CastImageFilter<itk::Image<unsigned char, 2>, itk::Image<float, 2>>;
%template(ImageFileReaderF2) itk::ImageFileReader<itk::Image<float, 2>>;
%template(ImageFileReaderUC2) itk::ImageFileReader<itk::Image<unsigned char, 2>>;
%template(ImageFileWriterF2) itk::ImageFileWriter<itk::Image<float, 2>>;
%template(ImageFileWriterUC2) itk::ImageFileWriter<itk::Image<unsigned char, 2>>;

// C# classes can override these classes' virtual members (TestCalculator: the director tests; ImageToImageFilter:
// image filters written in C#, GenerateData and the rest of the pipeline's protected virtuals).
%feature("director") itk::TestCalculator;
%feature("director") itk::ImageToImageFilter;

// Short calls that never call back: holding the lock costs less than releasing it.
%nothread itk::TestHooks::Add;
%nothread itk::MultiThreaderBase::SetGlobalDefaultNumberOfThreads;
%nothread itk::MultiThreaderBase::GetGlobalDefaultNumberOfThreads;


// DiscreteGaussian's per-axis variance and maximum error: an array of one value an axis.
%apply double INPUT[ImageDimension] { const double * v };

// The marshalling tests' written-back values.
%apply OUTPUT { int & quotient, int & remainder, itk::Index<3> & reversed };
%apply double INPUT[4] { const double * values };
