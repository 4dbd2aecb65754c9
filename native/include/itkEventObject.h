// Event types passed to observers; CheckEvent uses dynamic_cast so a base event (AnyEvent) matches its subclasses.
#pragma once

#include "itkBindGenCoreExport.h"

#include <ostream>

namespace itk
{
class ITKBindGenCore_EXPORT EventObject
{
public:
  EventObject() = default;
  EventObject(const EventObject &) = default;
  EventObject & operator=(const EventObject &) = delete;
  virtual ~EventObject();

  // Observers keep their own copy of the event they registered for.
  virtual EventObject * MakeObject() const = 0;

  virtual void Print(std::ostream & os) const;
  virtual const char * GetEventName() const = 0;

  // True when `e` is this event type or a subclass of it.
  virtual bool CheckEvent(const EventObject * e) const = 0;
};

inline std::ostream & operator<<(std::ostream & os, const EventObject & e)
{
  e.Print(os);
  return os;
}

// Declares an event class; the members are defined in itkEventObject.cxx so RTTI lives in one library.
#define itkBindGenDeclareEvent(classname, super)                                                                      \
  class ITKBindGenCore_EXPORT classname : public super                                                                \
  {                                                                                                                   \
  public:                                                                                                             \
    using Self = classname;                                                                                           \
    using Superclass = super;                                                                                         \
    classname() = default;                                                                                            \
    classname(const Self & s);                                                                                        \
    ~classname() override;                                                                                            \
    const char * GetEventName() const override;                                                                       \
    bool CheckEvent(const ::itk::EventObject * e) const override;                                                     \
    ::itk::EventObject * MakeObject() const override;                                                                 \
    void operator=(const Self &) = delete;                                                                            \
  }

itkBindGenDeclareEvent(NoEvent, EventObject);
itkBindGenDeclareEvent(AnyEvent, EventObject);
itkBindGenDeclareEvent(DeleteEvent, AnyEvent);
itkBindGenDeclareEvent(StartEvent, AnyEvent);
itkBindGenDeclareEvent(EndEvent, AnyEvent);
itkBindGenDeclareEvent(ProgressEvent, AnyEvent);
itkBindGenDeclareEvent(ExitEvent, AnyEvent);
itkBindGenDeclareEvent(AbortEvent, AnyEvent);
itkBindGenDeclareEvent(ModifiedEvent, AnyEvent);
itkBindGenDeclareEvent(InitializeEvent, AnyEvent);
itkBindGenDeclareEvent(IterationEvent, AnyEvent);
itkBindGenDeclareEvent(UserEvent, AnyEvent);
} // namespace itk
