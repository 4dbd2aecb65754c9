// Hooks for binding tests: leak counting, cross-thread signalling, sleeping, and throwing each error kind.
#pragma once

#include "itkBindGenCoreExport.h"
#include "itkIndex.h"

#include <cstddef>
#include <string>
#include <vector>

namespace itk
{
// A scoped enum with a narrow underlying type, for enum marshalling tests.
enum class TestColor : unsigned char
{
  Red = 1,
  Green = 2,
  Blue = 4
};

class ITKBindGenCore_EXPORT TestHooks
{
public:
  // A nested unscoped enum, for enum marshalling tests.
  enum Rounding
  {
    Down = -1,
    Nearest = 0,
    Up = 1
  };

  static TestColor NextColor(TestColor color);
  static long Round(double value, Rounding rounding);

  // Number of LightObjects alive in the process.
  static std::size_t GetLiveObjectCount();

  // Blocks until Signal() was called since the last ResetSignal(), or the timeout passes.
  // Returns whether it was signalled.
  static bool WaitForSignal(unsigned int timeoutMilliseconds);
  static void Signal();
  static void ResetSignal();

  static void Sleep(unsigned int milliseconds);

  // kind: 0 ExceptionObject, 1 ProcessAborted, 2 std::bad_alloc, 3 InvalidArgumentError, 4 RangeError,
  // 5 std::runtime_error, 6 a non-std type (int 42). Other kinds throw InvalidArgumentError.
  static void Throw(int kind, const std::string & message);

  // Deliberately trivial, to measure per-call overhead.
  static int Add(int a, int b);

  // Shapes the marshalling tests need: vectors both ways, strings both ways, and default arguments
  // a binding can and cannot express as constants.
  static std::vector<double> Scale(const std::vector<double> & values, double factor = 2.0);
  static std::string Describe(const std::string & name, int count = 1, const std::string & unit = std::string("item"));

  // Values written back: out parameters (the interface file says so with %apply OUTPUT), in/out references,
  // and an array a raw pointer points to.
  static bool Divide(int dividend, int divisor, int & quotient, int & remainder);
  static void Swap(double & first, double & second);
  static double Sum(const double * values, unsigned int count);
  static void Reverse(const long indices[3], Index<3> & reversed);
};
} // namespace itk
