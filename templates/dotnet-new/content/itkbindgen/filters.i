// What to wrap: the native core's image and median filter (their headers ship in the ItkBindGen.Runtime package).
%module Filters
%{
#include "itkMedianImageFilter.h"
%}
%include "itkLightObject.h"
%include "itkObject.h"
%include "itkProcessObject.h"
%include "itkImage.h"
%include "itkImageSource.h"
%include "itkImageToImageFilter.h"
%include "itkMedianImageFilter.h"
%template(ImageF2) itk::Image<float, 2>;
%template(ImageToImageFilterF2) itk::ImageToImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MedianImageFilterF2) itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
