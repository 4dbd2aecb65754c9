// A class with virtual members of several signatures, for director tests: its non-virtual members call the
// virtuals from C++, as a pipeline calls a filter's, so a C# override is reached through the director.
#pragma once

#include "itkObject.h"
#include "itkTestHooks.h"

#include <exception>
#include <string>
#include <thread>

namespace itk
{
class TestCalculator : public Object
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(TestCalculator);

  using Self = TestCalculator;
  using Superclass = Object;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  itkNewMacro(Self);
  itkTypeMacro(TestCalculator, Object);

  virtual double Apply(double value) const { return value * 2.0; }
  virtual int Combine(int first, int second) { return first + second; }
  virtual bool Accepts(unsigned char value) const { return value < 128; }
  virtual TestColor Next(TestColor color) const { return TestHooks::NextColor(color); }
  virtual void Record(const std::string & message) { m_Log += message + "\n"; }
  virtual int Divide(int dividend, int divisor) const
  {
    if (divisor == 0)
    {
      throw RangeError(__FILE__, __LINE__, "TestCalculator::Divide: division by zero", ITK_LOCATION);
    }
    return dividend / divisor;
  }

  // The C++ callers of the virtuals.
  double ApplyTwice(double value) const { return this->Apply(this->Apply(value)); }
  int Fold(int count)
  {
    int total = 0;
    for (int i = 0; i < count; ++i)
    {
      total = this->Combine(total, i);
      this->Step();
    }
    return total;
  }
  int CountAccepted(unsigned int below) const
  {
    int accepted = 0;
    for (unsigned int v = 0; v < below && v < 256; ++v)
    {
      accepted += this->Accepts(static_cast<unsigned char>(v)) ? 1 : 0;
    }
    return accepted;
  }
  int DivideBy(int dividend, int divisor) const { return this->Divide(dividend, divisor); }
  TestColor NextTwice(TestColor color) const { return this->Next(this->Next(color)); }
  void RecordAll(const std::string & first, const std::string & second)
  {
    this->Record(first);
    this->Record(second);
  }
  const std::string & GetLog() const { return m_Log; }
  int GetSteps() const { return m_Steps; }

  // Calls Apply on a new thread and waits for it inside this call, as a filter's worker threads call back while
  // the thread that called Update() waits in native code. The worker's exception is rethrown here.
  double ApplyOnWorkerThread(double value) const
  {
    double result = 0.0;
    std::exception_ptr failure;
    std::thread worker([&] {
      try
      {
        result = this->Apply(value);
      }
      catch (...)
      {
        failure = std::current_exception();
      }
    });
    worker.join();
    if (failure)
    {
      std::rethrow_exception(failure);
    }
    return result;
  }

protected:
  TestCalculator() = default;
  ~TestCalculator() override = default;

  // Called once a step of Fold: a protected virtual, which only a director can override.
  virtual void Step() { ++m_Steps; }

private:
  std::string m_Log;
  int         m_Steps{ 0 };
};
} // namespace itk
