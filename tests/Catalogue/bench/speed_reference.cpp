// bench-build.sh's fixed compile: one filter's explicit instantiation at -O3, timed before and after the clean build,
// so that build figures taken while the machine ran at other speeds (a shared host) can be compared.
#include "itkImage.h"
#include "itkMedianImageFilter.h"

template class itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
