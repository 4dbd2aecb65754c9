// Implementation of itk::TestHooks.
#include "itkTestHooks.h"

#include "itkLightObject.h"

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <new>
#include <stdexcept>
#include <thread>
#include <utility>

namespace itk
{
namespace
{
struct SignalState
{
  std::mutex Mutex;
  std::condition_variable Condition;
  bool Signalled{ false };
};

SignalState &
State()
{
  static SignalState state;
  return state;
}
} // namespace

std::size_t
TestHooks::GetLiveObjectCount()
{
  return LightObject::GetLiveObjectCount();
}

bool
TestHooks::WaitForSignal(unsigned int timeoutMilliseconds)
{
  SignalState & s = State();
  std::unique_lock<std::mutex> lock(s.Mutex);
  return s.Condition.wait_for(
    lock, std::chrono::milliseconds(timeoutMilliseconds), [&s] { return s.Signalled; });
}

void
TestHooks::Signal()
{
  SignalState & s = State();
  {
    std::lock_guard<std::mutex> lock(s.Mutex);
    s.Signalled = true;
  }
  s.Condition.notify_all();
}

void
TestHooks::ResetSignal()
{
  SignalState & s = State();
  std::lock_guard<std::mutex> lock(s.Mutex);
  s.Signalled = false;
}

void
TestHooks::Sleep(unsigned int milliseconds)
{
  std::this_thread::sleep_for(std::chrono::milliseconds(milliseconds));
}

void
TestHooks::Throw(int kind, const std::string & message)
{
  switch (kind)
  {
    case 0:
      throw ExceptionObject(__FILE__, __LINE__, message, "TestHooks::Throw");
    case 1:
    {
      ProcessAborted e(__FILE__, __LINE__);
      e.SetDescription(message);
      e.SetLocation("TestHooks::Throw");
      throw e;
    }
    case 2:
      throw std::bad_alloc();
    case 3:
      throw InvalidArgumentError(__FILE__, __LINE__, message, "TestHooks::Throw");
    case 4:
      throw RangeError(__FILE__, __LINE__, message, "TestHooks::Throw");
    case 5:
      throw std::runtime_error(message);
    case 6:
      throw 42;
    default:
      throw InvalidArgumentError(
        __FILE__, __LINE__, "TestHooks::Throw: unknown kind " + std::to_string(kind), "TestHooks::Throw");
  }
}

int
TestHooks::Add(int a, int b)
{
  return a + b;
}

TestColor
TestHooks::NextColor(TestColor color)
{
  switch (color)
  {
    case TestColor::Red:
      return TestColor::Green;
    case TestColor::Green:
      return TestColor::Blue;
    default:
      return TestColor::Red;
  }
}

long
TestHooks::Round(double value, Rounding rounding)
{
  switch (rounding)
  {
    case Down:
      return static_cast<long>(std::floor(value));
    case Up:
      return static_cast<long>(std::ceil(value));
    default:
      return std::lround(value);
  }
}

std::vector<double>
TestHooks::Scale(const std::vector<double> & values, double factor)
{
  std::vector<double> result(values);
  for (auto & value : result)
  {
    value *= factor;
  }
  return result;
}

std::string
TestHooks::Describe(const std::string & name, int count, const std::string & unit)
{
  return name + ": " + std::to_string(count) + " " + unit + (count == 1 ? "" : "s");
}

bool
TestHooks::Divide(int dividend, int divisor, int & quotient, int & remainder)
{
  if (divisor == 0)
  {
    return false;
  }
  quotient = dividend / divisor;
  remainder = dividend % divisor;
  return true;
}

void
TestHooks::Swap(double & first, double & second)
{
  std::swap(first, second);
}

double
TestHooks::Sum(const double * values, unsigned int count)
{
  double sum = 0;
  for (unsigned int i = 0; i < count; ++i)
  {
    sum += values[i];
  }
  return sum;
}

void
TestHooks::Reverse(const long indices[3], Index<3> & reversed)
{
  for (unsigned int i = 0; i < 3; ++i)
  {
    reversed[i] = indices[2 - i];
  }
}
} // namespace itk
