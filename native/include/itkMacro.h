// The small set of ITK convenience macros this library and its users rely on (New, Set/Get, exceptions).
#pragma once

#include "itkExceptionObject.h"

#include <sstream>

#define ITK_LOCATION __func__

// Objects are shared through SmartPointer only; copying them would break reference counting.
#define ITK_DISALLOW_COPY_AND_MOVE(TypeName)                                                                          \
  TypeName(const TypeName &) = delete;                                                                                \
  TypeName & operator=(const TypeName &) = delete;                                                                    \
  TypeName(TypeName &&) = delete;                                                                                     \
  TypeName & operator=(TypeName &&) = delete

// New() hands out the object with a reference count of one, owned by the returned pointer.
#define itkSimpleNewMacro(x)                                                                                          \
  static Pointer New()                                                                                                \
  {                                                                                                                   \
    Pointer smartPtr = new x;                                                                                         \
    smartPtr->UnRegister();                                                                                           \
    return smartPtr;                                                                                                  \
  }

#define itkCreateAnotherMacro(x)                                                                                      \
  ::itk::LightObject::Pointer CreateAnother() const override                                                          \
  {                                                                                                                   \
    ::itk::LightObject::Pointer smartPtr = x::New().GetPointer();                                                     \
    return smartPtr;                                                                                                  \
  }

#define itkNewMacro(x)                                                                                                \
  itkSimpleNewMacro(x)                                                                                                \
  itkCreateAnotherMacro(x)

#define itkTypeMacro(thisClass, superclass)                                                                           \
  const char * GetNameOfClass() const override { return #thisClass; }

#define itkTypeMacroNoParent(thisClass)                                                                               \
  virtual const char * GetNameOfClass() const { return #thisClass; }

#define itkSetMacro(name, type)                                                                                       \
  virtual void Set##name(const type _arg)                                                                             \
  {                                                                                                                   \
    if (this->m_##name != _arg)                                                                                       \
    {                                                                                                                 \
      this->m_##name = _arg;                                                                                          \
      this->Modified();                                                                                               \
    }                                                                                                                 \
  }

// Clamps the value to [min, max] before storing it, as ITK's macro does.
#define itkSetClampMacro(name, type, min, max)                                                                        \
  virtual void Set##name(type _arg)                                                                                   \
  {                                                                                                                   \
    const type clamped = (_arg < (min) ? (min) : (_arg > (max) ? (max) : _arg));                                      \
    if (this->m_##name != clamped)                                                                                    \
    {                                                                                                                 \
      this->m_##name = clamped;                                                                                       \
      this->Modified();                                                                                               \
    }                                                                                                                 \
  }

#define itkGetMacro(name, type)                                                                                       \
  virtual type Get##name() { return this->m_##name; }

#define itkGetConstMacro(name, type)                                                                                  \
  virtual type Get##name() const { return this->m_##name; }

#define itkGetConstReferenceMacro(name, type)                                                                         \
  virtual const type & Get##name() const { return this->m_##name; }

#define itkBooleanMacro(name)                                                                                         \
  virtual void name##On() { this->Set##name(true); }                                                                  \
  virtual void name##Off() { this->Set##name(false); }

#define itkSetStringMacro(name)                                                                                       \
  virtual void Set##name(const char * _arg) { this->Set##name(std::string(_arg ? _arg : "")); }                      \
  virtual void Set##name(const std::string & _arg)                                                                    \
  {                                                                                                                   \
    if (this->m_##name != _arg)                                                                                       \
    {                                                                                                                 \
      this->m_##name = _arg;                                                                                          \
      this->Modified();                                                                                               \
    }                                                                                                                 \
  }

#define itkGetStringMacro(name)                                                                                       \
  virtual const char * Get##name() const { return this->m_##name.c_str(); }

// Exceptions thrown from member functions name the class and instance, like ITK's messages.
#define itkSpecializedMessageExceptionMacro(ExceptionType, x)                                                         \
  {                                                                                                                   \
    std::ostringstream itkMsg_;                                                                                       \
    itkMsg_ << "itk::ERROR: " x;                                                                                      \
    throw ::itk::ExceptionType(__FILE__, __LINE__, itkMsg_.str(), ITK_LOCATION);                                      \
  }

#define itkExceptionMacro(x)                                                                                          \
  {                                                                                                                   \
    std::ostringstream itkMsg_;                                                                                       \
    itkMsg_ << "itk::ERROR: " << this->GetNameOfClass() << "(" << static_cast<const void *>(this) << "): " x;        \
    throw ::itk::ExceptionObject(__FILE__, __LINE__, itkMsg_.str(), ITK_LOCATION);                                    \
  }

#define itkTypedExceptionMacro(ExceptionType, x)                                                                      \
  {                                                                                                                   \
    std::ostringstream itkMsg_;                                                                                       \
    itkMsg_ << "itk::ERROR: " << this->GetNameOfClass() << "(" << static_cast<const void *>(this) << "): " x;        \
    throw ::itk::ExceptionType(__FILE__, __LINE__, itkMsg_.str(), ITK_LOCATION);                                      \
  }

#define itkGenericExceptionMacro(x) itkSpecializedMessageExceptionMacro(ExceptionObject, x)
