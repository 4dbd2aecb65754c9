// Definitions of the event classes declared in itkEventObject.h.
#include "itkEventObject.h"

namespace itk
{
EventObject::~EventObject() = default;

void
EventObject::Print(std::ostream & os) const
{
  os << this->GetEventName();
}

#define itkBindGenDefineEvent(classname, super)                                                                       \
  classname::classname(const Self & s)                                                                                \
    : super(s)                                                                                                        \
  {}                                                                                                                  \
  classname::~classname() = default;                                                                                  \
  const char * classname::GetEventName() const { return #classname; }                                                 \
  bool classname::CheckEvent(const ::itk::EventObject * e) const { return dynamic_cast<const Self *>(e) != nullptr; } \
  ::itk::EventObject * classname::MakeObject() const { return new Self; }

itkBindGenDefineEvent(NoEvent, EventObject)
itkBindGenDefineEvent(AnyEvent, EventObject)
itkBindGenDefineEvent(DeleteEvent, AnyEvent)
itkBindGenDefineEvent(StartEvent, AnyEvent)
itkBindGenDefineEvent(EndEvent, AnyEvent)
itkBindGenDefineEvent(ProgressEvent, AnyEvent)
itkBindGenDefineEvent(ExitEvent, AnyEvent)
itkBindGenDefineEvent(AbortEvent, AnyEvent)
itkBindGenDefineEvent(ModifiedEvent, AnyEvent)
itkBindGenDefineEvent(InitializeEvent, AnyEvent)
itkBindGenDefineEvent(IterationEvent, AnyEvent)
itkBindGenDefineEvent(UserEvent, AnyEvent)
} // namespace itk
