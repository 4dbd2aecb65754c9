// Support every generated extern "C" shim includes: error capture, string and observer helpers.
#ifndef ITKBINDGEN_SHIM_H
#define ITKBINDGEN_SHIM_H

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>

#include "itkCommand.h"
#include "itkEventObject.h"
#include "itkMacro.h" // ITK declares its exception types through itkMacro.h and rejects a direct include
#include "itkLightObject.h"
#include "itkObject.h"
#include "itkProcessObject.h"

#define IBG_EXPORT extern "C" __attribute__((visibility("default")))

extern "C" {
// Mirrors ItkBindGen.Runtime.NativeError; allocated here and freed through its own release function, so the
// managed side frees every module's errors the same way.
typedef struct ibg_error
{
  std::int32_t kind;
  std::int32_t line;
  char * type_name;
  char * message;
  char * description;
  char * file;
  char * location;
  void (*release)(struct ibg_error * error);
  // For a ManagedCallback error: the id under which the runtime keeps the C# exception a director's override threw.
  std::int64_t managed_exception;
} ibg_error;
static_assert(sizeof(ibg_error) == 16 + 6 * sizeof(void *), "ibg_error must keep NativeError's layout");

// What a director's call into C# reports when the C# override threw: the runtime keeps the exception under `id`
// (0: no exception) and gives its text in `message`, allocated with malloc, for the ITK exception.
typedef struct ibg_managed_error
{
  std::int64_t id;
  char * message;
} ibg_managed_error;

typedef void (*ibg_event_callback)(void * context, std::int32_t event_kind, double progress);
// An entry of a director's table of C# trampolines, cast to its own type where it is called.
typedef void (*ibg_function)(void);
typedef void (*ibg_release_callback)(void * context);
}

namespace ibg
{

// The values of ItkBindGen.Runtime.NativeErrorKind, with its names.
enum ErrorKind : std::int32_t
{
  ItkException = 1,
  ProcessAborted = 2,
  OutOfMemory = 3,
  InvalidArgument = 4,
  Range = 5,
  StdException = 6,
  Unknown = 7,
  ManagedCallback = 8
};

// The values of ItkBindGen.Runtime.ItkEventKind, with its names.
enum class EventKind : std::int32_t
{
  Any = 0,
  Start = 1,
  End = 2,
  Progress = 3,
  Abort = 4,
  Modified = 5,
  Iteration = 6
};

inline char *
duplicate(const char * text) noexcept
{
  if (text == nullptr)
  {
    return nullptr;
  }
  const std::size_t size = std::strlen(text) + 1;
  auto * copy = static_cast<char *>(std::malloc(size));
  if (copy != nullptr)
  {
    std::memcpy(copy, text, size);
  }
  return copy;
}

inline char *
duplicate(const std::string & text) noexcept
{
  return duplicate(text.c_str());
}

// An error record's release function (none for the static out-of-memory record).
inline void
free_error(ibg_error * error) noexcept
{
  if (error == nullptr || error->release == nullptr)
  {
    return;
  }
  std::free(error->type_name);
  std::free(error->message);
  std::free(error->description);
  std::free(error->file);
  std::free(error->location);
  std::free(error);
}

// Never throws: under memory exhaustion the error record may lose its strings, or be absent
// altogether, in which case the kind is still reported through a static record.
void
set_error(ibg_error ** out, ErrorKind kind, const char * type_name, const char * message) noexcept;

// An ITK exception's record, with its description, file, location and line.
void
set_itk_error(ibg_error ** out, ErrorKind kind, const itk::ExceptionObject & exception) noexcept;

// Thrown by a director when its C# override threw: an ITK exception, so ITK's own cleanup runs while it unwinds,
// carrying the id under which the runtime keeps the C# exception for the C# caller.
class ManagedCallbackError : public itk::ExceptionObject
{
public:
  ManagedCallbackError(std::int64_t id, const std::string & description)
    : itk::ExceptionObject(std::string("C# override"), 0, description, std::string("director"))
    , m_Id(id)
  {}
  const char * GetNameOfClass() const override { return "ManagedCallbackError"; }
  std::int64_t GetManagedExceptionId() const noexcept { return m_Id; }

private:
  std::int64_t m_Id;
};

// A director's string argument as the C# override reads it.
inline const char *
c_str(const std::string & text) noexcept
{
  return text.c_str();
}

inline const char *
c_str(const char * text) noexcept
{
  return text;
}

// A new director object, as New() makes one: one reference, the returned pointer's.
template <typename TDirector>
itk::SmartPointer<TDirector>
make_director()
{
  itk::SmartPointer<TDirector> pointer = new TDirector();
  pointer->UnRegister();
  return pointer;
}

// After a director's call into C#: throws ManagedCallbackError when the override threw.
inline void
throw_if_managed_error(ibg_managed_error & error)
{
  if (error.id == 0)
  {
    return;
  }
  std::string message = error.message != nullptr ? error.message : "a C# override threw";
  std::free(error.message);
  error.message = nullptr;
  throw ManagedCallbackError(error.id, message);
}

// Called from a catch (...) block: classifies the exception in flight, most specific type first.
void
capture_current_exception(ibg_error ** out) noexcept;

// Objects cross the boundary as LightObject pointers so every cast back is a valid static_cast.
template <typename T>
T *
as(itk::LightObject * object) noexcept
{
  return static_cast<T *>(object);
}

// Classes that are not reference counted cross as the address of their object seen as the root of their wrapped
// hierarchy (TRoot, the class itself when it has no wrapped base), so every cast back is a valid static_cast.
template <typename T, typename TRoot = T>
T *
value_of(void * object) noexcept
{
  return static_cast<T *>(static_cast<TRoot *>(object));
}

// The address a proxy of a class that is not reference counted holds: the object seen as its hierarchy's root.
template <typename TRoot, typename T>
void *
address_of(T * object) noexcept
{
  return static_cast<TRoot *>(const_cast<std::remove_const_t<T> *>(object));
}

template <typename T, typename TRoot = T>
void
destroy(void * object) noexcept
{
  delete value_of<T, TRoot>(object);
}

// What the handles of objects a proxy owns call to delete them.
template <typename T, typename TRoot = T>
void *
release_function() noexcept
{
  return reinterpret_cast<void *>(&destroy<T, TRoot>);
}

// An %extend destructor's helper deletes the object itself (SWIG's ~Class() { delete $self; }).
template <typename T, typename TRoot, void (*Destroy)(T *)>
void
destroy_with(void * object) noexcept
{
  Destroy(value_of<T, TRoot>(object));
}

template <typename T, typename TRoot, void (*Destroy)(T *)>
void *
release_function_with() noexcept
{
  return reinterpret_cast<void *>(&destroy_with<T, TRoot, Destroy>);
}

// What the handles of a class whose proxy must not delete its objects (SWIG's %nodefaultdtor) call: nothing.
inline void
keep(void *) noexcept
{}

inline void *
keep_function() noexcept
{
  return reinterpret_cast<void *>(&keep);
}

// Hands one reference to the managed side, which releases it with the module's Unregister.
template <typename T>
itk::LightObject *
share(T * object) noexcept
{
  if (object == nullptr)
  {
    return nullptr;
  }
  auto * light = static_cast<itk::LightObject *>(const_cast<std::remove_const_t<T> *>(object));
  light->Register();
  return light;
}

// The value a decorated input or output holds (SimpleDataObjectDecorator::Get); a missing decorator is an error.
template <typename TDecorator>
decltype(auto)
decorated(TDecorator * decorator)
{
  if (decorator == nullptr)
  {
    throw std::logic_error("the decorated value is not set");
  }
  return decorator->Get();
}

template <typename TDecorator>
decltype(auto)
decorated(const itk::SmartPointer<TDecorator> & decorator)
{
  return decorated(decorator.GetPointer());
}

// A buffer for a result the managed side copies and frees with the module's Free; one element for an empty result,
// so it is never null.
template <typename T>
T *
allocate(std::size_t count)
{
  auto * memory = static_cast<T *>(std::malloc(sizeof(T) * (count == 0 ? 1 : count)));
  if (memory == nullptr)
  {
    throw std::bad_alloc();
  }
  return memory;
}

// A raw pointer, from a raw pointer or a SmartPointer.
template <typename T>
T *
pointer_of(T * pointer) noexcept
{
  return pointer;
}

template <typename T>
T *
pointer_of(const itk::SmartPointer<T> & pointer) noexcept
{
  return pointer.GetPointer();
}

// A new VectorContainer of level-set nodes from flat indices (count x dimension, x first) and values.
template <typename TContainer>
typename TContainer::Pointer
node_container(const long * indices, const double * values, std::size_t count)
{
  using NodeType = typename TContainer::Element;
  constexpr unsigned int dimension = NodeType::SetDimension;
  auto container = TContainer::New();
  container->Initialize();
  for (std::size_t i = 0; i < count; ++i)
  {
    typename NodeType::IndexType index;
    for (unsigned int j = 0; j < dimension; ++j)
    {
      index[j] = indices[i * dimension + j];
    }
    NodeType node;
    node.SetIndex(index);
    node.SetValue(static_cast<typename NodeType::PixelType>(values[i]));
    container->InsertElement(static_cast<typename TContainer::ElementIdentifier>(i), node);
  }
  return container;
}

// A container's nodes as flat indices and values in buffers the managed side frees; none for a null container.
template <typename TContainer>
void
copy_nodes(const TContainer * container, long ** indices, double ** values, std::size_t * count)
{
  using NodeType = typename TContainer::Element;
  constexpr unsigned int dimension = NodeType::SetDimension;
  const std::size_t size = container == nullptr ? 0 : container->Size();
  *indices = allocate<long>(dimension * size);
  try
  {
    *values = allocate<double>(size);
  }
  catch (...)
  {
    std::free(*indices);
    *indices = nullptr;
    throw;
  }
  for (std::size_t i = 0; i < size; ++i)
  {
    const NodeType & node = container->ElementAt(static_cast<typename TContainer::ElementIdentifier>(i));
    for (unsigned int j = 0; j < dimension; ++j)
    {
      (*indices)[i * dimension + j] = node.GetIndex()[j];
    }
    (*values)[i] = static_cast<double>(node.GetValue());
  }
  *count = size;
}

// An observer that forwards events to a managed handler and frees the managed context when destroyed.
class ManagedCommand : public itk::Command
{
public:
  using Self = ManagedCommand;
  using Pointer = itk::SmartPointer<Self>;

  static Pointer
  Create(ibg_event_callback invoke, ibg_release_callback release, void * context)
  {
    // The managed context must be released exactly once, even when the command cannot be made.
    Self * raw = new (std::nothrow) Self(invoke, release, context);
    if (raw == nullptr)
    {
      release(context);
      throw std::bad_alloc();
    }
    Pointer command = raw;
    raw->UnRegister();
    return command;
  }

  void
  Execute(itk::Object * caller, const itk::EventObject & event) override
  {
    Execute(static_cast<const itk::Object *>(caller), event);
  }

  void
  Execute(const itk::Object * caller, const itk::EventObject & event) override
  {
    double progress = 0.0;
    if (const auto * process = dynamic_cast<const itk::ProcessObject *>(caller))
    {
      progress = process->GetProgress();
    }
    m_Invoke(m_Context, static_cast<std::int32_t>(KindOf(event)), progress);
  }

  static ibg::EventKind
  KindOf(const itk::EventObject & event)
  {
    if (dynamic_cast<const itk::StartEvent *>(&event) != nullptr) return ibg::EventKind::Start;
    if (dynamic_cast<const itk::EndEvent *>(&event) != nullptr) return ibg::EventKind::End;
    if (dynamic_cast<const itk::ProgressEvent *>(&event) != nullptr) return ibg::EventKind::Progress;
    if (dynamic_cast<const itk::AbortEvent *>(&event) != nullptr) return ibg::EventKind::Abort;
    if (dynamic_cast<const itk::ModifiedEvent *>(&event) != nullptr) return ibg::EventKind::Modified;
    if (dynamic_cast<const itk::IterationEvent *>(&event) != nullptr) return ibg::EventKind::Iteration;
    return ibg::EventKind::Any;
  }

  ~ManagedCommand() override { m_Release(m_Context); }

private:
  ManagedCommand(ibg_event_callback invoke, ibg_release_callback release, void * context)
    : m_Invoke(invoke)
    , m_Release(release)
    , m_Context(context)
  {}

  ibg_event_callback   m_Invoke;
  ibg_release_callback m_Release;
  void *               m_Context;
};

inline unsigned long
add_observer(itk::Object * object, std::int32_t kind, ibg_event_callback invoke, ibg_release_callback release,
             void * context)
{
  auto command = ManagedCommand::Create(invoke, release, context);
  switch (static_cast<ibg::EventKind>(kind))
  {
    case ibg::EventKind::Start: return object->AddObserver(itk::StartEvent(), command);
    case ibg::EventKind::End: return object->AddObserver(itk::EndEvent(), command);
    case ibg::EventKind::Progress: return object->AddObserver(itk::ProgressEvent(), command);
    case ibg::EventKind::Abort: return object->AddObserver(itk::AbortEvent(), command);
    case ibg::EventKind::Modified: return object->AddObserver(itk::ModifiedEvent(), command);
    case ibg::EventKind::Iteration: return object->AddObserver(itk::IterationEvent(), command);
    default: return object->AddObserver(itk::AnyEvent(), command);
  }
}

// An array a raw pointer points to (%apply ... INPUT[N]) must hold exactly the values the callee reads.
inline void
check_length(std::size_t length, std::size_t expected, const char * name)
{
  if (length != expected)
  {
    throw std::invalid_argument(std::string(name) + ": expected " + std::to_string(expected) + " values, got " +
                                std::to_string(length));
  }
}

// An image's largest, requested and buffered regions set to one size (x first), and its pixels allocated.
template <typename TImage>
void
allocate_pixels(TImage * image, const unsigned long * size)
{
  typename TImage::SizeType value;
  for (unsigned int i = 0; i < TImage::ImageDimension; ++i)
  {
    value[i] = static_cast<typename TImage::SizeType::SizeValueType>(size[i]);
  }
  image->SetRegions(value);
  image->Allocate();
}

// The first pixel of an image's buffer, the buffered size (x first) and the number of values: pixels times the
// values a pixel holds (VComponents: 2 for Vector<float, 2>, 1 for a scalar).
template <unsigned int VComponents, typename TImage>
void *
pixel_buffer(TImage * image, unsigned long * size, unsigned long & pixel_count)
{
  static_assert(sizeof(typename TImage::PixelType) % VComponents == 0, "a pixel holds VComponents values of one type");
  const auto region = image->GetBufferedRegion();
  for (unsigned int i = 0; i < TImage::ImageDimension; ++i)
  {
    size[i] = region.GetSize()[i];
  }
  pixel_count = region.GetNumberOfPixels() * VComponents;
  return image->GetBufferPointer();
}

} // namespace ibg

#endif

// The definitions of the functions above that every entry point's catch block calls: the module's own source defines
// IBG_SHIM_DEFINE_RUNTIME and includes this header again, so they are compiled once a module, not once a unit. (Never
// define it for every source: each would define them and the link would fail.)
#if defined(IBG_SHIM_DEFINE_RUNTIME) && !defined(ITKBINDGEN_SHIM_RUNTIME_DEFINED)
#define ITKBINDGEN_SHIM_RUNTIME_DEFINED
namespace ibg
{

void
set_error(ibg_error ** out, ErrorKind kind, const char * type_name, const char * message) noexcept
{
  static ibg_error out_of_memory_record = { OutOfMemory, 0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, 0 };
  if (out == nullptr)
  {
    return;
  }
  auto * error = static_cast<ibg_error *>(std::calloc(1, sizeof(ibg_error)));
  if (error == nullptr)
  {
    *out = &out_of_memory_record;
    return;
  }
  error->kind = kind;
  error->release = &free_error;
  error->type_name = duplicate(type_name);
  error->message = duplicate(message);
  *out = error;
}

void
set_itk_error(ibg_error ** out, ErrorKind kind, const itk::ExceptionObject & exception) noexcept
{
  set_error(out, kind, exception.GetNameOfClass(), exception.what());
  if (out == nullptr || *out == nullptr || (*out)->kind != kind)
  {
    return;
  }
  try
  {
    (*out)->description = duplicate(std::string(exception.GetDescription()));
    (*out)->file = duplicate(std::string(exception.GetFile()));
    (*out)->location = duplicate(std::string(exception.GetLocation()));
    (*out)->line = static_cast<std::int32_t>(exception.GetLine());
  }
  catch (...)
  {
    // The message and kind are already recorded; the details are best effort.
  }
}

void
capture_current_exception(ibg_error ** out) noexcept
{
  try
  {
    throw;
  }
  catch (const ManagedCallbackError & e)
  {
    set_itk_error(out, ManagedCallback, e);
    if (out != nullptr && *out != nullptr && (*out)->kind == ManagedCallback)
    {
      (*out)->managed_exception = e.GetManagedExceptionId();
    }
  }
  catch (const itk::ProcessAborted & e)
  {
    set_itk_error(out, ProcessAborted, e);
  }
  catch (const itk::MemoryAllocationError & e)
  {
    set_itk_error(out, OutOfMemory, e);
  }
  catch (const itk::InvalidArgumentError & e)
  {
    set_itk_error(out, InvalidArgument, e);
  }
  catch (const itk::RangeError & e)
  {
    set_itk_error(out, Range, e);
  }
  catch (const itk::ExceptionObject & e)
  {
    set_itk_error(out, ItkException, e);
  }
  catch (const std::bad_alloc & e)
  {
    set_error(out, OutOfMemory, "std::bad_alloc", e.what());
  }
  catch (const std::invalid_argument & e)
  {
    set_error(out, InvalidArgument, "std::invalid_argument", e.what());
  }
  catch (const std::out_of_range & e)
  {
    set_error(out, Range, "std::out_of_range", e.what());
  }
  catch (const std::exception & e)
  {
    set_error(out, StdException, "std::exception", e.what());
  }
  catch (...)
  {
    set_error(out, Unknown, nullptr, "unknown C++ exception");
  }
}

} // namespace ibg
#endif
