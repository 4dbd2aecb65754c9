// One-time start-up for shims built against a system ITK 5.2 (the native core needs none: its globals are
// function-local statics and atomics).
//
// ITK creates its process-wide state on first use without a lock: each global behind itkGetGlobalSimpleMacro is a
// check-then-create on one shared std::map (SingletonIndex), and ObjectFactoryBase::Initialize() marks itself done
// before it fills the factory list. Threads that make their first ITK objects at once see "There are no registered IO
// factories", corrupt that map or list (double free, a hang at exit) or crash. Creating all of it once, on one
// thread, before any other call leaves only reads for the threads that follow.
#ifndef ITKBINDGEN_ITK_STARTUP_H
#define ITKBINDGEN_ITK_STARTUP_H

#include "itkDataObject.h"
#include "itkFloatingPointExceptions.h"
#include "itkMersenneTwisterRandomVariateGenerator.h"
#include "itkMultiThreaderBase.h"
#include "itkObject.h"
#include "itkObjectFactoryBase.h"
#include "itkOutputWindow.h"

namespace ibg
{
// Idempotent; the caller makes sure no other ITK call runs while it does (the C# runtime's start-up lock).
inline void
start_itk()
{
  // The factory list, with the factories the shims' and ITK's static initializers registered (IO factories among them).
  itk::ObjectFactoryBase::GetRegisteredFactories();
  // One object of each registered image IO, so the lazily made state of each (MetaImageIO's default precision) exists.
  itk::ObjectFactoryBase::CreateAllInstance("itkImageIOBase");
  // The other globals of ITKCommon; a default threader creates the thread pool when the pool is the default.
  itk::Object::GetGlobalWarningDisplay();
  itk::DataObject::GetGlobalReleaseDataFlag();
  itk::OutputWindow::GetInstance();
  itk::FloatingPointExceptions::GetEnabled();
  itk::MultiThreaderBase::GetGlobalMaximumNumberOfThreads();
  itk::MultiThreaderBase::GetGlobalDefaultNumberOfThreads();
  itk::MultiThreaderBase::New();
  itk::Statistics::MersenneTwisterRandomVariateGenerator::GetInstance();
}
} // namespace ibg

#endif
