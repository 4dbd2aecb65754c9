// Thread-count settings and the work-unit runner behind ParallelizeArray/ParallelizeImageRegion.
#include "itkMultiThreaderBase.h"

#include "itkProcessObject.h"

#include <cstdlib>
#include <exception>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>

namespace itk
{
namespace
{
constexpr ThreadIdType DefaultMaximumThreads = ITK_MAX_THREADS;

std::atomic<ThreadIdType> g_MaximumThreads{ DefaultMaximumThreads };
std::atomic<ThreadIdType> g_DefaultThreads{ 0 }; // 0 = not decided yet

ThreadIdType
PlatformDefault()
{
  if (const char * env = std::getenv("ITK_GLOBAL_DEFAULT_NUMBER_OF_THREADS"))
  {
    const long v = std::strtol(env, nullptr, 10);
    if (v > 0)
    {
      return static_cast<ThreadIdType>(v);
    }
  }
  const unsigned int hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : hw;
}

ThreadIdType
Clamp(ThreadIdType v)
{
  return std::max<ThreadIdType>(1, std::min(v, g_MaximumThreads.load()));
}
} // namespace

MultiThreaderBase::MultiThreaderBase()
  : m_NumberOfWorkUnits(GetGlobalDefaultNumberOfThreads())
  , m_MaximumNumberOfThreads(GetGlobalDefaultNumberOfThreads())
{}

MultiThreaderBase::~MultiThreaderBase() = default;

MultiThreaderBase::Pointer
MultiThreaderBase::New()
{
  Pointer smartPtr = new MultiThreaderBase;
  smartPtr->UnRegister();
  return smartPtr;
}

LightObject::Pointer
MultiThreaderBase::CreateAnother() const
{
  return MultiThreaderBase::New().GetPointer();
}

const char *
MultiThreaderBase::GetNameOfClass() const
{
  return "MultiThreaderBase";
}

void
MultiThreaderBase::SetGlobalDefaultNumberOfThreads(ThreadIdType val)
{
  g_DefaultThreads = Clamp(val);
}

ThreadIdType
MultiThreaderBase::GetGlobalDefaultNumberOfThreads()
{
  ThreadIdType v = g_DefaultThreads.load();
  if (v == 0)
  {
    ThreadIdType expected = 0;
    g_DefaultThreads.compare_exchange_strong(expected, Clamp(PlatformDefault()));
    v = g_DefaultThreads.load();
  }
  return v;
}

void
MultiThreaderBase::SetGlobalMaximumNumberOfThreads(ThreadIdType val)
{
  g_MaximumThreads = std::max<ThreadIdType>(1, val);
  const ThreadIdType current = g_DefaultThreads.load();
  if (current > g_MaximumThreads.load())
  {
    g_DefaultThreads = g_MaximumThreads.load();
  }
}

ThreadIdType
MultiThreaderBase::GetGlobalMaximumNumberOfThreads()
{
  return g_MaximumThreads.load();
}

void
MultiThreaderBase::SetMaximumNumberOfThreads(ThreadIdType numberOfThreads)
{
  const ThreadIdType v = Clamp(numberOfThreads);
  if (v != m_MaximumNumberOfThreads)
  {
    m_MaximumNumberOfThreads = v;
    this->Modified();
  }
}

ThreadIdType
MultiThreaderBase::GetMaximumNumberOfThreads() const
{
  return m_MaximumNumberOfThreads;
}

void
MultiThreaderBase::SetNumberOfWorkUnits(ThreadIdType numberOfWorkUnits)
{
  const ThreadIdType v = Clamp(numberOfWorkUnits);
  if (v != m_NumberOfWorkUnits)
  {
    m_NumberOfWorkUnits = v;
    this->Modified();
  }
}

ThreadIdType
MultiThreaderBase::GetNumberOfWorkUnits() const
{
  return m_NumberOfWorkUnits;
}

void
MultiThreaderBase::ParallelizeArray(SizeValueType firstIndex,
                                    SizeValueType lastIndexPlus1,
                                    ArrayThunk aFunc,
                                    ProcessObject * filter)
{
  if (lastIndexPlus1 <= firstIndex)
  {
    return;
  }
  const SizeValueType n = lastIndexPlus1 - firstIndex;
  const auto units = static_cast<ThreadIdType>(std::min<SizeValueType>(n, this->GetNumberOfWorkUnits()));
  this->RunWorkUnits(
    units,
    n,
    [&](ThreadIdType unit) {
      const SizeValueType begin = firstIndex + n * unit / units;
      const SizeValueType end = firstIndex + n * (unit + 1) / units;
      for (SizeValueType i = begin; i < end; ++i)
      {
        aFunc(i);
        if (filter)
        {
          filter->ReportThreadedProgress(1);
        }
      }
    },
    filter);
}

void
MultiThreaderBase::RunWorkUnits(ThreadIdType count,
                                SizeValueType totalWork,
                                const std::function<void(ThreadIdType)> & body,
                                ProcessObject * filter)
{
  if (filter)
  {
    filter->BeginThreadedWork(totalWork);
  }
  if (count == 0)
  {
    return;
  }
  if (filter == nullptr && count == 1)
  {
    body(0);
    return;
  }

  std::mutex errorMutex;
  std::exception_ptr firstError;
  std::atomic<ThreadIdType> remaining{ count };

  auto runUnit = [&](ThreadIdType unit) {
    try
    {
      if (!(filter && filter->IsStopRequested()))
      {
        body(unit);
      }
    }
    catch (...)
    {
      {
        std::lock_guard<std::mutex> lock(errorMutex);
        if (!firstError)
        {
          firstError = std::current_exception();
        }
      }
      // Recorded first, so the original error wins over the aborts it causes in sibling workers.
      if (filter)
      {
        filter->StopThreadedWork();
      }
    }
    if (remaining.fetch_sub(1) == 1 && filter)
    {
      filter->NotifyThreadedWork();
    }
  };

  // Without a filter the caller takes unit 0 itself; with one it stays free to raise progress events.
  const ThreadIdType firstThreaded = filter ? 0 : 1;
  std::vector<std::thread> threads;
  threads.reserve(count);
  for (ThreadIdType unit = firstThreaded; unit < count; ++unit)
  {
    try
    {
      threads.emplace_back(runUnit, unit);
    }
    catch (const std::system_error &)
    {
      runUnit(unit); // out of threads: do the work here rather than fail
    }
  }
  std::exception_ptr waitError;
  if (filter)
  {
    try
    {
      filter->WaitForThreadedWork([&remaining] { return remaining.load() == 0; });
    }
    catch (...)
    {
      waitError = std::current_exception();
      filter->StopThreadedWork();
    }
  }
  else
  {
    runUnit(0);
  }
  for (auto & t : threads)
  {
    t.join();
  }
  if (waitError)
  {
    std::rethrow_exception(waitError);
  }
  if (firstError)
  {
    std::rethrow_exception(firstError);
  }
}

void
MultiThreaderBase::PrintSelf(std::ostream & os, Indent indent) const
{
  Superclass::PrintSelf(os, indent);
  os << indent << "NumberOfWorkUnits: " << m_NumberOfWorkUnits << "\n"
     << indent << "MaximumNumberOfThreads: " << m_MaximumNumberOfThreads << "\n";
}
} // namespace itk
