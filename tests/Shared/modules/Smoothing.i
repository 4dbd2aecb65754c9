// Module B of the import test: filters over the images of module Images, which it imports.
%module Smoothing
%import "Images.i"

%{
#include "itkMedianImageFilter.h"
#include "itkDiscreteGaussianImageFilter.h"
%}

%include "itkMedianImageFilter.h"
%include "itkDiscreteGaussianImageFilter.h"

%template(MedianImageFilterF2) itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(DiscreteGaussianImageFilterF2) itk::DiscreteGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
