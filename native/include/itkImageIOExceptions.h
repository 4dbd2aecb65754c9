// Exceptions thrown by ImageFileReader and ImageFileWriter (names as in ITK).
#pragma once

#include "itkExceptionObject.h"

namespace itk
{
class ITKBindGenCore_EXPORT ImageFileReaderException : public ExceptionObject
{
public:
  using ExceptionObject::ExceptionObject;
  ~ImageFileReaderException() override;
  const char * GetNameOfClass() const override { return "ImageFileReaderException"; }
};

class ITKBindGenCore_EXPORT ImageFileWriterException : public ExceptionObject
{
public:
  using ExceptionObject::ExceptionObject;
  ~ImageFileWriterException() override;
  const char * GetNameOfClass() const override { return "ImageFileWriterException"; }
};
} // namespace itk
