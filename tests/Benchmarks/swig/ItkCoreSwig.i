// SWIG 4.1 baseline for the per-call benchmarks: the same native-core headers the generated ItkCore module wraps.
// tests/Benchmarks/run.sh runs swig -c++ -csharp over this file and builds libItkCoreSwig.so.
%module(directors="0") ItkCoreSwig

%{
#include "itkMedianImageFilter.h"
#include "itkTestHooks.h"
%}

%include <std_string.i>

// The safe form: without %exception a C++ exception aborts the process (SWIG's C# default).
%exception {
  try {
    $action
  } catch (const std::exception & e) {
    SWIG_CSharpSetPendingException(SWIG_CSharpApplicationException, e.what());
    return $null;
  } catch (...) {
    SWIG_CSharpSetPendingException(SWIG_CSharpApplicationException, "unknown C++ exception");
    return $null;
  }
}

#define ITKBindGenCore_EXPORT
#define ITK_DISALLOW_COPY_AND_MOVE(T)
#define itkOverrideGetNameOfClassMacro(T)
// The accessor macros the %included headers use, as declarations (SWIG's preprocessor expands them).
#define itkSetClampMacro(name, type, min, max) virtual void Set##name(type _arg);
#define itkGetConstReferenceMacro(name, type) virtual const type & Get##name() const;
%import "itkIntTypes.h"

// Objects are reference counted: SWIG never deletes them, the factory below hands out one reference.
%nodefaultctor;
%nodefaultdtor;
%ignore itk::LightObject::Print;
%ignore *::New;
%ignore *::CreateAnother;
// Members whose types this baseline does not wrap; the benchmarks call none of them.
%ignore itk::TestHooks::Reverse;

%include "itkLightObject.h"
%include "itkObject.h"
%include "itkProcessObject.h"
%include "itkTestHooks.h"

%inline %{
namespace itkbench
{
// A registered MedianImageFilter<Image<float,2>>, seen through its ProcessObject base.
inline itk::ProcessObject * NewMedianImageFilterF2()
{
  auto filter = itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>::New();
  filter->Register();
  return filter.GetPointer();
}

inline void UnRegister(itk::LightObject * object) { object->UnRegister(); }
}
%}
