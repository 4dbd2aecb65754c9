// Pipeline filter base: inputs/outputs, modified-time driven Update(), events, progress, abort, work units.
#pragma once

#include "itkDataObject.h"
#include "itkMultiThreaderBase.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace itk
{
class ITKBindGenCore_EXPORT ProcessObject : public Object
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(ProcessObject);

  using Self = ProcessObject;
  using Superclass = Object;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;
  using DataObjectPointer = DataObject::Pointer;
  using DataObjectPointerArraySizeType = std::size_t;
  using MultiThreaderType = MultiThreaderBase;

  const char * GetNameOfClass() const override;

  // Brings upstream filters up to date, then runs this filter if it or any input changed since its last run.
  // Raises StartEvent, ProgressEvent(s) (the last at 1.0) and EndEvent on the calling thread.
  virtual void Update();

  // Same as Update(): this library always computes whole images.
  virtual void UpdateLargestPossibleRegion();

  // Forces the next Update() to run even if nothing changed.
  virtual void ResetPipeline();

  DataObjectPointerArraySizeType GetNumberOfIndexedInputs() const { return m_Inputs.size(); }
  DataObjectPointerArraySizeType GetNumberOfIndexedOutputs() const { return m_Outputs.size(); }

  // Progress of the current (or last) execution, 0..1.
  float GetProgress() const { return m_Progress.load(std::memory_order_relaxed); }

  // Sets the progress; raises ProgressEvent when called on the thread running Update() (or outside Update).
  void UpdateProgress(float progress);
  void IncrementProgress(float increment);

  // Observers (typically of ProgressEvent) set this to stop the filter; Update() then throws ProcessAborted.
  virtual void SetAbortGenerateData(bool _arg);
  virtual const bool & GetAbortGenerateData() const { return m_AbortGenerateData; }
  virtual void AbortGenerateDataOn() { this->SetAbortGenerateData(true); }
  virtual void AbortGenerateDataOff() { this->SetAbortGenerateData(false); }

  // Clamped to [1, ITK_MAX_THREADS], as in ITK.
  itkSetClampMacro(NumberOfWorkUnits, ThreadIdType, 1, ITK_MAX_THREADS);
  itkGetConstReferenceMacro(NumberOfWorkUnits, ThreadIdType);

  MultiThreaderType * GetMultiThreader() const { return m_MultiThreader.GetPointer(); }
  void SetMultiThreader(MultiThreaderType * threader);

protected:
  ProcessObject();
  ~ProcessObject() override;

  void PrintSelf(std::ostream & os, Indent indent) const override;

  DataObject * GetInput(DataObjectPointerArraySizeType idx);
  const DataObject * GetInput(DataObjectPointerArraySizeType idx) const;
  virtual void SetNthInput(DataObjectPointerArraySizeType idx, DataObject * input);
  DataObject * GetOutput(DataObjectPointerArraySizeType idx);
  const DataObject * GetOutput(DataObjectPointerArraySizeType idx) const;
  virtual void SetNthOutput(DataObjectPointerArraySizeType idx, DataObject * output);

  void SetNumberOfRequiredInputs(DataObjectPointerArraySizeType n) { m_NumberOfRequiredInputs = n; }
  DataObjectPointerArraySizeType GetNumberOfRequiredInputs() const { return m_NumberOfRequiredInputs; }

  // Throws ExceptionObject naming the first required input that is missing.
  virtual void VerifyPreconditions() const;
  virtual void VerifyInputInformation() const {}
  virtual void GenerateOutputInformation() {}
  virtual void GenerateData() {}

  // Updates the sources of all inputs.
  virtual void PropagateUpdateToInputs();

  // True when the filter must run: never ran, or it or an input was modified after the last run.
  virtual bool NeedsExecution() const;

  // Called from worker threads inside a threaded section: adds `amount` finished work items (pixels).
  // Throws ProcessAborted when an abort was requested, which unwinds the worker.
  void ReportThreadedProgress(SizeValueType amount);

  // Maps the next threaded section's 0..1 onto [start, end] of the overall progress (multi-pass filters).
  void SetThreadedProgressRange(float start, float end);

private:
  friend class MultiThreaderBase;

  void BeginThreadedWork(SizeValueType total);
  void NotifyThreadedWork();
  void StopThreadedWork();
  void WaitForThreadedWork(const std::function<bool()> & allDone);
  bool IsStopRequested() const { return m_StopWorkers.load(std::memory_order_relaxed); }
  bool IsUpdateThread() const;

  std::vector<DataObject::Pointer> m_Inputs;
  std::vector<DataObject::Pointer> m_Outputs;
  DataObjectPointerArraySizeType m_NumberOfRequiredInputs{ 0 };

  std::atomic<float> m_Progress{ 0.0f };
  float m_LastReportedProgress{ -1.0f };
  bool m_AbortGenerateData{ false };
  std::atomic<bool> m_StopWorkers{ false };
  ThreadIdType m_NumberOfWorkUnits;
  MultiThreaderBase::Pointer m_MultiThreader;

  ModifiedTimeType m_ExecuteTime{ 0 };
  bool m_Updating{ false };
  std::thread::id m_UpdateThread;

  // Threaded-section bookkeeping shared between workers and the waiting caller.
  std::atomic<SizeValueType> m_WorkDone{ 0 };
  SizeValueType m_WorkTotal{ 0 };
  float m_RangeStart{ 0.0f };
  float m_RangeEnd{ 1.0f };
  std::mutex m_WorkMutex;
  std::condition_variable m_WorkCondition;
  bool m_WorkSignalled{ false };
};
} // namespace itk
