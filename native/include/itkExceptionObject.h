// Exception hierarchy rooted at itk::ExceptionObject (derives std::exception), with ITK's subclass names.
#pragma once

#include "itkBindGenCoreExport.h"

#include <exception>
#include <ostream>
#include <string>

namespace itk
{
class ITKBindGenCore_EXPORT ExceptionObject : public std::exception
{
public:
  using Superclass = std::exception;

  ExceptionObject() noexcept = default;
  explicit ExceptionObject(const char * file,
                           unsigned int lineNumber = 0,
                           const char * desc = "None",
                           const char * loc = "Unknown");
  explicit ExceptionObject(std::string file,
                           unsigned int lineNumber = 0,
                           std::string desc = "None",
                           std::string loc = "Unknown");
  ExceptionObject(const ExceptionObject &) = default;
  ExceptionObject(ExceptionObject &&) noexcept = default;
  ExceptionObject & operator=(const ExceptionObject &) = default;
  ExceptionObject & operator=(ExceptionObject &&) noexcept = default;
  ~ExceptionObject() override;

  virtual bool operator==(const ExceptionObject & orig) const;

  virtual const char * GetNameOfClass() const { return "ExceptionObject"; }

  virtual void Print(std::ostream & os) const;

  virtual void SetLocation(const std::string & s);
  virtual void SetDescription(const std::string & s);
  virtual void SetLocation(const char * s);
  virtual void SetDescription(const char * s);

  virtual const char * GetLocation() const;
  virtual const char * GetDescription() const;
  virtual const char * GetFile() const;
  virtual unsigned int GetLine() const;

  // "file:line: location: description", rebuilt whenever a field changes.
  const char * what() const noexcept override;

private:
  void UpdateWhat();

  std::string m_File;
  unsigned int m_Line{ 0 };
  std::string m_Description;
  std::string m_Location;
  std::string m_What;
};

inline std::ostream & operator<<(std::ostream & os, const ExceptionObject & e)
{
  e.Print(os);
  return os;
}

class ITKBindGenCore_EXPORT MemoryAllocationError : public ExceptionObject
{
public:
  using ExceptionObject::ExceptionObject;
  ~MemoryAllocationError() override;
  const char * GetNameOfClass() const override { return "MemoryAllocationError"; }
};

class ITKBindGenCore_EXPORT RangeError : public ExceptionObject
{
public:
  using ExceptionObject::ExceptionObject;
  ~RangeError() override;
  const char * GetNameOfClass() const override { return "RangeError"; }
};

class ITKBindGenCore_EXPORT InvalidArgumentError : public ExceptionObject
{
public:
  using ExceptionObject::ExceptionObject;
  ~InvalidArgumentError() override;
  const char * GetNameOfClass() const override { return "InvalidArgumentError"; }
};

class ITKBindGenCore_EXPORT IncompatibleOperandsError : public ExceptionObject
{
public:
  using ExceptionObject::ExceptionObject;
  ~IncompatibleOperandsError() override;
  const char * GetNameOfClass() const override { return "IncompatibleOperandsError"; }
};

// Thrown out of Update() when a filter stops early because AbortGenerateData was set.
class ITKBindGenCore_EXPORT ProcessAborted : public ExceptionObject
{
public:
  ProcessAborted();
  ProcessAborted(const char * file, unsigned int lineNumber);
  ProcessAborted(const std::string & file, unsigned int lineNumber);
  ~ProcessAborted() override;
  const char * GetNameOfClass() const override { return "ProcessAborted"; }
};
} // namespace itk
