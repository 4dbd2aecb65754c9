// The native core's classes the tests call without -threads (the threading, async, director and telemetry tests
// compare them with ItkCore.i's module built with -threads): the image, the median filter, the test hooks and the
// director calculator. FilterService, MedianDemo and the benchmarks build the whole of ItkCore.i without -threads.
%module ItkCoreLocked

%{
#include "itkImage.h"
#include "itkMedianImageFilter.h"
#include "itkTestHooks.h"
#include "itkTestCalculator.h"
#include "itkImageToImageFilter.h"
%}

%include "itkLightObject.h"
%include "itkObject.h"
%include "itkDataObject.h"
%include "itkProcessObject.h"
%include "itkTestHooks.h"
%include "itkTestCalculator.h"
%include "itkImageSource.h"
%include "itkImageToImageFilter.h"
%include "itkImage.h"
%include "itkMedianImageFilter.h"

%template(ImageF2) itk::Image<float, 2>;
%template(ImageToImageFilterF2) itk::ImageToImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MedianImageFilterF2) itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;

%feature("director") itk::TestCalculator;

// TestCalculator's written-back values, as ItkCore.i declares them.
%apply OUTPUT { int & quotient, int & remainder, itk::Index<3> & reversed };
%apply double INPUT[4] { const double * values };
