// Root of the object model: a thread-safe intrusive reference count and run-time class name.
#pragma once

#include "itkBindGenCoreExport.h"
#include "itkIndent.h"
#include "itkMacro.h"
#include "itkSmartPointer.h"

#include <atomic>
#include <cstddef>
#include <ostream>

namespace itk
{
class ITKBindGenCore_EXPORT LightObject
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(LightObject);

  using Self = LightObject;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  static Pointer New();
  virtual Pointer CreateAnother() const;

  // Drops the caller's reference; the object is destroyed when the last one goes.
  virtual void Delete();

  virtual const char * GetNameOfClass() const;

  void Print(std::ostream & os, Indent indent = 0) const;

  virtual void Register() const;
  virtual void UnRegister() const noexcept;

  virtual int GetReferenceCount() const { return m_ReferenceCount.load(std::memory_order_relaxed); }
  virtual void SetReferenceCount(int);

  // Objects alive right now across the process (constructed minus destroyed); a leak check for tests.
  static std::size_t GetLiveObjectCount();

protected:
  LightObject();
  virtual ~LightObject();

  virtual void PrintSelf(std::ostream & os, Indent indent) const;
  virtual void PrintHeader(std::ostream & os, Indent indent) const;
  virtual void PrintTrailer(std::ostream & os, Indent indent) const;

  mutable std::atomic<int> m_ReferenceCount;
};

inline std::ostream & operator<<(std::ostream & os, const LightObject & o)
{
  o.Print(os);
  return os;
}
} // namespace itk
