// The per-call floor: plain extern "C" entry points with no error channel and no exception handling.
#include "itkProcessObject.h"
#include "itkTestHooks.h"

#define BENCH_EXPORT extern "C" __attribute__((visibility("default")))

BENCH_EXPORT unsigned int
bench_raw_GetNumberOfWorkUnits(itk::LightObject * self) noexcept
{
  return static_cast<itk::ProcessObject *>(self)->GetNumberOfWorkUnits();
}

BENCH_EXPORT void
bench_raw_SetNumberOfWorkUnits(itk::LightObject * self, unsigned int value) noexcept
{
  static_cast<itk::ProcessObject *>(self)->SetNumberOfWorkUnits(value);
}

BENCH_EXPORT int
bench_raw_Add(int a, int b) noexcept
{
  return itk::TestHooks::Add(a, b);
}
