// Pipeline execution, progress reporting and abort handling for itk::ProcessObject.
#include "itkProcessObject.h"

#include "itkEventObject.h"

#include <chrono>
#include <sstream>

namespace itk
{
namespace
{
// Smallest progress step worth an event; keeps observer traffic bounded on big images.
constexpr float ProgressGranularity = 0.01f;
} // namespace

ProcessObject::ProcessObject()
  : m_NumberOfWorkUnits(MultiThreaderBase::GetGlobalDefaultNumberOfThreads())
  , m_MultiThreader(MultiThreaderBase::New())
{}

ProcessObject::~ProcessObject()
{
  // Outputs may outlive the filter; they must not point back at it.
  for (auto & output : m_Outputs)
  {
    if (output && output->m_Source == this)
    {
      output->m_Source = nullptr;
    }
  }
}

const char *
ProcessObject::GetNameOfClass() const
{
  return "ProcessObject";
}

DataObject *
ProcessObject::GetInput(DataObjectPointerArraySizeType idx)
{
  return idx < m_Inputs.size() ? m_Inputs[idx].GetPointer() : nullptr;
}

const DataObject *
ProcessObject::GetInput(DataObjectPointerArraySizeType idx) const
{
  return idx < m_Inputs.size() ? m_Inputs[idx].GetPointer() : nullptr;
}

void
ProcessObject::SetNthInput(DataObjectPointerArraySizeType idx, DataObject * input)
{
  if (idx < m_Inputs.size() && m_Inputs[idx].GetPointer() == input)
  {
    return;
  }
  if (idx >= m_Inputs.size())
  {
    m_Inputs.resize(idx + 1);
  }
  m_Inputs[idx] = input;
  this->Modified();
}

DataObject *
ProcessObject::GetOutput(DataObjectPointerArraySizeType idx)
{
  return idx < m_Outputs.size() ? m_Outputs[idx].GetPointer() : nullptr;
}

const DataObject *
ProcessObject::GetOutput(DataObjectPointerArraySizeType idx) const
{
  return idx < m_Outputs.size() ? m_Outputs[idx].GetPointer() : nullptr;
}

void
ProcessObject::SetNthOutput(DataObjectPointerArraySizeType idx, DataObject * output)
{
  if (idx >= m_Outputs.size())
  {
    m_Outputs.resize(idx + 1);
  }
  if (m_Outputs[idx] && m_Outputs[idx]->m_Source == this)
  {
    m_Outputs[idx]->m_Source = nullptr;
  }
  m_Outputs[idx] = output;
  if (output)
  {
    output->m_Source = this;
  }
  this->Modified();
}

void
ProcessObject::SetAbortGenerateData(bool _arg)
{
  if (m_AbortGenerateData != _arg)
  {
    m_AbortGenerateData = _arg;
    this->Modified();
  }
  if (_arg)
  {
    m_StopWorkers.store(true, std::memory_order_relaxed);
  }
}

void
ProcessObject::SetMultiThreader(MultiThreaderType * threader)
{
  if (threader && threader != m_MultiThreader.GetPointer())
  {
    m_MultiThreader = threader;
    this->Modified();
  }
}

bool
ProcessObject::IsUpdateThread() const
{
  return !m_Updating || std::this_thread::get_id() == m_UpdateThread;
}

void
ProcessObject::UpdateProgress(float progress)
{
  progress = std::min(1.0f, std::max(0.0f, progress));
  m_Progress.store(progress, std::memory_order_relaxed);
  if (this->IsUpdateThread())
  {
    m_LastReportedProgress = progress;
    this->InvokeEvent(ProgressEvent());
  }
}

void
ProcessObject::IncrementProgress(float increment)
{
  float current = m_Progress.load(std::memory_order_relaxed);
  while (!m_Progress.compare_exchange_weak(current, std::min(1.0f, current + increment)))
  {
  }
  if (this->IsUpdateThread())
  {
    m_LastReportedProgress = m_Progress.load();
    this->InvokeEvent(ProgressEvent());
  }
}

void
ProcessObject::VerifyPreconditions() const
{
  for (DataObjectPointerArraySizeType i = 0; i < m_NumberOfRequiredInputs; ++i)
  {
    if (this->GetInput(i) == nullptr)
    {
      std::ostringstream msg;
      msg << this->GetNameOfClass() << ": Input " << (i == 0 ? std::string("Primary") : std::to_string(i))
          << " is required but not set.";
      throw ExceptionObject(__FILE__, __LINE__, msg.str(), ITK_LOCATION);
    }
  }
}

void
ProcessObject::PropagateUpdateToInputs()
{
  for (auto & input : m_Inputs)
  {
    if (input && input->GetSource())
    {
      input->GetSource()->Update();
    }
  }
}

bool
ProcessObject::NeedsExecution() const
{
  if (m_ExecuteTime == 0 || this->GetMTime() > m_ExecuteTime)
  {
    return true;
  }
  for (const auto & input : m_Inputs)
  {
    if (input && input->GetMTime() > m_ExecuteTime)
    {
      return true;
    }
  }
  return false;
}

void
ProcessObject::ResetPipeline()
{
  m_ExecuteTime = 0;
}

void
ProcessObject::UpdateLargestPossibleRegion()
{
  this->Update();
}

void
ProcessObject::Update()
{
  if (m_Updating)
  {
    return; // a cycle or an observer calling Update() again: nothing sensible to do
  }
  struct UpdatingGuard
  {
    ProcessObject & self;
    ~UpdatingGuard()
    {
      self.m_Updating = false;
      self.m_UpdateThread = std::thread::id();
    }
  };
  m_Updating = true;
  m_UpdateThread = std::this_thread::get_id();
  UpdatingGuard guard{ *this };

  this->PropagateUpdateToInputs();
  this->VerifyPreconditions();
  if (!this->NeedsExecution())
  {
    return;
  }
  this->GenerateOutputInformation();
  this->VerifyInputInformation();

  // Cleared before StartEvent so a StartEvent observer can already cancel the run.
  m_AbortGenerateData = false;
  m_StopWorkers = false;
  m_Progress = 0.0f;
  m_LastReportedProgress = -1.0f;
  m_RangeStart = 0.0f;
  m_RangeEnd = 1.0f;

  this->InvokeEvent(StartEvent());
  try
  {
    if (m_AbortGenerateData)
    {
      throw ProcessAborted(__FILE__, __LINE__);
    }
    this->GenerateData();
    if (m_AbortGenerateData)
    {
      throw ProcessAborted(__FILE__, __LINE__);
    }
  }
  catch (ProcessAborted & e)
  {
    e.SetLocation(ITK_LOCATION);
    std::ostringstream msg;
    msg << this->GetNameOfClass() << ": " << e.GetDescription();
    e.SetDescription(msg.str());
    this->InvokeEvent(AbortEvent());
    throw;
  }
  if (m_LastReportedProgress < 1.0f)
  {
    this->UpdateProgress(1.0f);
  }
  for (auto & output : m_Outputs)
  {
    if (output)
    {
      output->Modified();
    }
  }
  m_ExecuteTime = Object::GetNextTimeStamp();
  this->InvokeEvent(EndEvent());
}

void
ProcessObject::SetThreadedProgressRange(float start, float end)
{
  m_RangeStart = start;
  m_RangeEnd = end;
}

void
ProcessObject::BeginThreadedWork(SizeValueType total)
{
  m_WorkDone.store(0);
  m_WorkTotal = total;
  std::lock_guard<std::mutex> lock(m_WorkMutex);
  m_WorkSignalled = false;
}

void
ProcessObject::ReportThreadedProgress(SizeValueType amount)
{
  if (m_StopWorkers.load(std::memory_order_relaxed))
  {
    throw ProcessAborted(__FILE__, __LINE__);
  }
  const SizeValueType before = m_WorkDone.fetch_add(amount, std::memory_order_relaxed);
  if (m_WorkTotal == 0)
  {
    return;
  }
  // Wake the waiting caller only when a whole granularity step was crossed.
  const SizeValueType steps = static_cast<SizeValueType>(1.0f / ProgressGranularity);
  if ((before + amount) * steps / m_WorkTotal != before * steps / m_WorkTotal)
  {
    this->NotifyThreadedWork();
  }
}

void
ProcessObject::NotifyThreadedWork()
{
  {
    std::lock_guard<std::mutex> lock(m_WorkMutex);
    m_WorkSignalled = true;
  }
  m_WorkCondition.notify_one();
}

void
ProcessObject::StopThreadedWork()
{
  m_StopWorkers.store(true, std::memory_order_relaxed);
}

void
ProcessObject::WaitForThreadedWork(const std::function<bool()> & allDone)
{
  for (;;)
  {
    {
      std::unique_lock<std::mutex> lock(m_WorkMutex);
      // The timeout is a safety net; workers signal every granularity step and on completion.
      m_WorkCondition.wait_for(lock, std::chrono::milliseconds(20), [this] { return m_WorkSignalled; });
      m_WorkSignalled = false;
    }
    const bool done = allDone();
    if (m_StopWorkers.load(std::memory_order_relaxed))
    {
      if (done)
      {
        return;
      }
      continue; // no more progress events once stopping
    }
    double fraction = 1.0;
    if (m_WorkTotal > 0)
    {
      fraction = std::min(1.0, static_cast<double>(m_WorkDone.load()) / static_cast<double>(m_WorkTotal));
    }
    const float p = m_RangeStart + static_cast<float>(fraction) * (m_RangeEnd - m_RangeStart);
    if (p >= m_LastReportedProgress + ProgressGranularity || (done && p > m_LastReportedProgress))
    {
      this->UpdateProgress(p);
    }
    if (done)
    {
      return;
    }
  }
}

void
ProcessObject::PrintSelf(std::ostream & os, Indent indent) const
{
  Superclass::PrintSelf(os, indent);
  os << indent << "Number of inputs: " << m_Inputs.size() << "\n"
     << indent << "Number of outputs: " << m_Outputs.size() << "\n"
     << indent << "NumberOfWorkUnits: " << m_NumberOfWorkUnits << "\n"
     << indent << "AbortGenerateData: " << (m_AbortGenerateData ? "On" : "Off") << "\n"
     << indent << "Progress: " << this->GetProgress() << "\n";
}
} // namespace itk
