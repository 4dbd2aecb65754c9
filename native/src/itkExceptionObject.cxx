// Out-of-line members of the exception classes (keeps their RTTI in the library).
#include "itkExceptionObject.h"

#include <sstream>
#include <utility>

namespace itk
{
ExceptionObject::ExceptionObject(const char * file, unsigned int lineNumber, const char * desc, const char * loc)
  : m_File(file ? file : "")
  , m_Line(lineNumber)
  , m_Description(desc ? desc : "")
  , m_Location(loc ? loc : "")
{
  this->UpdateWhat();
}

ExceptionObject::ExceptionObject(std::string file, unsigned int lineNumber, std::string desc, std::string loc)
  : m_File(std::move(file))
  , m_Line(lineNumber)
  , m_Description(std::move(desc))
  , m_Location(std::move(loc))
{
  this->UpdateWhat();
}

ExceptionObject::~ExceptionObject() = default;

bool
ExceptionObject::operator==(const ExceptionObject & orig) const
{
  return m_File == orig.m_File && m_Line == orig.m_Line && m_Description == orig.m_Description &&
         m_Location == orig.m_Location;
}

void
ExceptionObject::UpdateWhat()
{
  std::ostringstream os;
  os << m_File << ':' << m_Line << ":\n";
  if (!m_Location.empty())
  {
    os << m_Location << ": ";
  }
  os << m_Description;
  m_What = os.str();
}

void
ExceptionObject::Print(std::ostream & os) const
{
  os << "itk::" << this->GetNameOfClass() << " (" << static_cast<const void *>(this) << ")\n"
     << "Location: \"" << m_Location << "\"\n"
     << "File: " << m_File << "\n"
     << "Line: " << m_Line << "\n"
     << "Description: " << m_Description << "\n";
}

void
ExceptionObject::SetLocation(const std::string & s)
{
  m_Location = s;
  this->UpdateWhat();
}

void
ExceptionObject::SetDescription(const std::string & s)
{
  m_Description = s;
  this->UpdateWhat();
}

void
ExceptionObject::SetLocation(const char * s)
{
  this->SetLocation(std::string(s ? s : ""));
}

void
ExceptionObject::SetDescription(const char * s)
{
  this->SetDescription(std::string(s ? s : ""));
}

const char *
ExceptionObject::GetLocation() const
{
  return m_Location.c_str();
}

const char *
ExceptionObject::GetDescription() const
{
  return m_Description.c_str();
}

const char *
ExceptionObject::GetFile() const
{
  return m_File.c_str();
}

unsigned int
ExceptionObject::GetLine() const
{
  return m_Line;
}

const char *
ExceptionObject::what() const noexcept
{
  // A default-constructed exception still needs a meaningful message.
  return m_What.empty() ? "Generic ExceptionObject" : m_What.c_str();
}

MemoryAllocationError::~MemoryAllocationError() = default;
RangeError::~RangeError() = default;
InvalidArgumentError::~InvalidArgumentError() = default;
IncompatibleOperandsError::~IncompatibleOperandsError() = default;

namespace
{
constexpr const char * abortedDescription = "Filter execution was aborted by an external request";
}

ProcessAborted::ProcessAborted()
  : ExceptionObject(std::string(), 0, abortedDescription, std::string())
{}

ProcessAborted::ProcessAborted(const char * file, unsigned int lineNumber)
  : ExceptionObject(file, lineNumber, abortedDescription, "Unknown")
{}

ProcessAborted::ProcessAborted(const std::string & file, unsigned int lineNumber)
  : ExceptionObject(file, lineNumber, abortedDescription, "Unknown")
{}

ProcessAborted::~ProcessAborted() = default;
} // namespace itk
