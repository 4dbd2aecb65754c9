// The real ITK's classes the tests call without -threads (the threading and async tests compare them with
// RealItkTest.i's module built with -threads): the float image and the median filter.
%module RealItkTestLocked

%{
#include "itkImage.h"
#include "itkImageToImageFilter.h"
#include "itkMedianImageFilter.h"
%}

%include "itkLightObject.h"
%include "itkObject.h"
%include "itkDataObject.h"
%include "itkProcessObject.h"
%include "itkImage.h"
%include "itkImageSource.h"
%include "itkImageToImageFilter.h"
%include "itkMedianImageFilter.h"

%template(ImageF2) itk::Image<float, 2>;
%template(ImageToImageFilterF2) itk::ImageToImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MedianImageFilterF2) itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
