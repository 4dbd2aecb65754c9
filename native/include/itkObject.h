// itk::Object: LightObject plus a modification time and an observer (Command) list.
#pragma once

#include "itkIntTypes.h"
#include "itkLightObject.h"

#include <memory>
#include <mutex>
#include <vector>

namespace itk
{
class Command;
class EventObject;

class ITKBindGenCore_EXPORT Object : public LightObject
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(Object);

  using Self = Object;
  using Superclass = LightObject;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  static Pointer New();
  LightObject::Pointer CreateAnother() const override;
  const char * GetNameOfClass() const override;

  virtual ModifiedTimeType GetMTime() const;

  // Stamps the object with a fresh, process-wide increasing time and fires ModifiedEvent.
  virtual void Modified() const;

  // The command is kept alive (Register) until it is removed or this object dies.
  unsigned long AddObserver(const EventObject & event, Command * cmd);
  unsigned long AddObserver(const EventObject & event, Command * cmd) const;

  Command * GetCommand(unsigned long tag);
  void RemoveObserver(unsigned long tag);
  void RemoveAllObservers();

  // Calls every matching observer, in the order they were added, on the calling thread.
  void InvokeEvent(const EventObject & event);
  void InvokeEvent(const EventObject & event) const;

  bool HasObserver(const EventObject & event) const;

  // Next value of the global modification clock (also used by the pipeline).
  static ModifiedTimeType GetNextTimeStamp();

protected:
  Object();
  ~Object() override;

  void PrintSelf(std::ostream & os, Indent indent) const override;

private:
  struct Observer;
  template <typename TCaller>
  void InvokeEventOn(TCaller * caller, const EventObject & event) const;

  mutable std::atomic<ModifiedTimeType> m_MTime;
  mutable std::mutex m_ObserversMutex;
  mutable std::vector<std::shared_ptr<Observer>> m_Observers;
  mutable unsigned long m_NextObserverTag{ 0 };
};
} // namespace itk
