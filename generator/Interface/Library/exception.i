/* exception.i (ItkBindGen): SWIG's error codes and SWIG_exception(code, message) for C++ code written against
   them. Every wrapped call already catches C++ exceptions, so SWIG_exception throws the C++ exception that matches
   the code and the call's catch turns it into a .NET exception. */
%{
#include <new>
#include <stdexcept>
#include <string>

#define SWIG_UnknownError -1
#define SWIG_IOError -2
#define SWIG_RuntimeError -3
#define SWIG_IndexError -4
#define SWIG_TypeError -5
#define SWIG_DivisionByZero -6
#define SWIG_OverflowError -7
#define SWIG_SyntaxError -8
#define SWIG_ValueError -9
#define SWIG_SystemError -10
#define SWIG_AttributeError -11
#define SWIG_MemoryError -12
#define SWIG_NullReferenceError -13

[[noreturn]] inline void itkbindgen_throw_swig_error(int code, const char *message)
{
  const std::string text = message != nullptr ? message : "";
  switch (code)
  {
    case SWIG_MemoryError: throw std::bad_alloc();
    case SWIG_IndexError: throw std::out_of_range(text);
    case SWIG_TypeError: case SWIG_ValueError: case SWIG_NullReferenceError: throw std::invalid_argument(text);
    case SWIG_DivisionByZero: throw std::domain_error(text);
    case SWIG_OverflowError: throw std::overflow_error(text);
    default: throw std::runtime_error(text);
  }
}

#define SWIG_exception(code, message) itkbindgen_throw_swig_error((code), (message))
%}
