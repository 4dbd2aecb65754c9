// Real ITK in 3D: an Euler 3D rigid transform resampling a float volume, with the transform headers named as a user
// names them, and an image's point <-> index conversions.
%module Transforms

%{
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkResampleImageFilter.h"
#include "itkEuler3DTransform.h"
#include "itkLinearInterpolateImageFunction.h"
%}

%include "itkLightObject.h"
%include "itkObject.h"
%include "itkDataObject.h"
%include "itkProcessObject.h"
%include "itkImageBase.h"
%include "itkImage.h"
%include "itkImageSource.h"
%include "itkImageToImageFilter.h"
%include "itkImageFileReader.h"
%include "itkImageFileWriter.h"
%include "itkTransformBase.h"
%include "itkTransform.h"
%include "itkMatrixOffsetTransformBase.h"
%include "itkRigid3DTransform.h"
%include "itkEuler3DTransform.h"
%include "itkResampleImageFilter.h"

%template(ImageBase3) itk::ImageBase<3>;
%template(ImageF3) itk::Image<float, 3>;
%template(ImageSourceF3) itk::ImageSource<itk::Image<float, 3>>;
%template(ImageToImageFilterF3) itk::ImageToImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(ImageFileReaderF3) itk::ImageFileReader<itk::Image<float, 3>>;
%template(ImageFileWriterF3) itk::ImageFileWriter<itk::Image<float, 3>>;
%template(TransformBaseD) itk::TransformBaseTemplate<double>;
%template(TransformD3) itk::Transform<double, 3, 3>;
%template(MatrixOffsetTransformBaseD3) itk::MatrixOffsetTransformBase<double, 3, 3>;
%template(Rigid3DTransformD) itk::Rigid3DTransform<double>;
%template(Euler3DTransformD) itk::Euler3DTransform<double>;
%template(ResampleImageFilterF3) itk::ResampleImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, double>;
