// Module C of the import test: a filter from float to unsigned char images, both of module Images.
%module Thresholds
%import "Images.i"

%{
#include "itkBinaryThresholdImageFilter.h"
%}

%include "itkBinaryThresholdImageFilter.h"

%template(BinaryThresholdImageFilterF2UC2) itk::BinaryThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>>;
