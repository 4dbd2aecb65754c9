// Module A of the import test: images, their reader and writer, and the base classes every filter derives from.
%module Images

%{
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
%}

%include "itkLightObject.h"
%include "itkObject.h"
%include "itkProcessObject.h"
%include "itkImage.h"
%include "itkImageFileReader.h"
%include "itkImageFileWriter.h"

%template(ImageF2) itk::Image<float, 2>;
%template(ImageUC2) itk::Image<unsigned char, 2>;
%template(ImageFileReaderF2) itk::ImageFileReader<itk::Image<float, 2>>;
%template(ImageFileReaderUC2) itk::ImageFileReader<itk::Image<unsigned char, 2>>;
%template(ImageFileWriterF2) itk::ImageFileWriter<itk::Image<float, 2>>;
%template(ImageFileWriterUC2) itk::ImageFileWriter<itk::Image<unsigned char, 2>>;
