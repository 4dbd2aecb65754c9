// Reference counting and printing for itk::LightObject, plus the process-wide live-object counter.
#include "itkLightObject.h"

namespace itk
{
namespace
{
std::atomic<std::size_t> & LiveObjects()
{
  // Function-local so it is usable from static initializers in other translation units.
  static std::atomic<std::size_t> count{ 0 };
  return count;
}
} // namespace

LightObject::LightObject()
  : m_ReferenceCount(1)
{
  LiveObjects().fetch_add(1, std::memory_order_relaxed);
}

LightObject::~LightObject()
{
  LiveObjects().fetch_sub(1, std::memory_order_relaxed);
}

std::size_t
LightObject::GetLiveObjectCount()
{
  return LiveObjects().load(std::memory_order_relaxed);
}

LightObject::Pointer
LightObject::New()
{
  Pointer smartPtr = new LightObject;
  smartPtr->UnRegister();
  return smartPtr;
}

LightObject::Pointer
LightObject::CreateAnother() const
{
  return LightObject::New();
}

void
LightObject::Delete()
{
  this->UnRegister();
}

const char *
LightObject::GetNameOfClass() const
{
  return "LightObject";
}

void
LightObject::Register() const
{
  m_ReferenceCount.fetch_add(1, std::memory_order_relaxed);
}

void
LightObject::UnRegister() const noexcept
{
  // acq_rel so every write made through other references happens-before the delete.
  if (m_ReferenceCount.fetch_sub(1, std::memory_order_acq_rel) <= 1)
  {
    delete this;
  }
}

void
LightObject::SetReferenceCount(int ref)
{
  m_ReferenceCount.store(ref, std::memory_order_release);
  if (ref <= 0)
  {
    delete this;
  }
}

void
LightObject::Print(std::ostream & os, Indent indent) const
{
  this->PrintHeader(os, indent);
  this->PrintSelf(os, indent.GetNextIndent());
  this->PrintTrailer(os, indent);
}

void
LightObject::PrintHeader(std::ostream & os, Indent indent) const
{
  os << indent << this->GetNameOfClass() << " (" << static_cast<const void *>(this) << ")\n";
}

void
LightObject::PrintSelf(std::ostream & os, Indent indent) const
{
  os << indent << "Reference Count: " << this->GetReferenceCount() << "\n";
}

void
LightObject::PrintTrailer(std::ostream &, Indent) const
{}
} // namespace itk
