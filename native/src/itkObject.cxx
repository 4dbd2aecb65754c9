// Modification time and observer dispatch for itk::Object.
#include "itkObject.h"

#include "itkCommand.h"
#include "itkEventObject.h"

#include <algorithm>

namespace itk
{
namespace
{
std::atomic<ModifiedTimeType> & GlobalClock()
{
  static std::atomic<ModifiedTimeType> clock{ 0 };
  return clock;
}
} // namespace

struct Object::Observer
{
  unsigned long Tag;
  std::unique_ptr<EventObject> Event;
  Command::Pointer Cmd;
};

ModifiedTimeType
Object::GetNextTimeStamp()
{
  return GlobalClock().fetch_add(1, std::memory_order_relaxed) + 1;
}

Object::Object()
  : m_MTime(GetNextTimeStamp())
{}

Object::~Object() = default;

Object::Pointer
Object::New()
{
  Pointer smartPtr = new Object;
  smartPtr->UnRegister();
  return smartPtr;
}

LightObject::Pointer
Object::CreateAnother() const
{
  return Object::New().GetPointer();
}

const char *
Object::GetNameOfClass() const
{
  return "Object";
}

ModifiedTimeType
Object::GetMTime() const
{
  return m_MTime.load(std::memory_order_relaxed);
}

void
Object::Modified() const
{
  m_MTime.store(GetNextTimeStamp(), std::memory_order_relaxed);
  this->InvokeEvent(ModifiedEvent());
}

unsigned long
Object::AddObserver(const EventObject & event, Command * cmd)
{
  return static_cast<const Object *>(this)->AddObserver(event, cmd);
}

unsigned long
Object::AddObserver(const EventObject & event, Command * cmd) const
{
  auto observer = std::make_shared<Observer>();
  observer->Event.reset(event.MakeObject());
  observer->Cmd = cmd;
  std::lock_guard<std::mutex> lock(m_ObserversMutex);
  observer->Tag = m_NextObserverTag++;
  m_Observers.push_back(std::move(observer));
  return m_Observers.back()->Tag;
}

Command *
Object::GetCommand(unsigned long tag)
{
  std::lock_guard<std::mutex> lock(m_ObserversMutex);
  for (const auto & o : m_Observers)
  {
    if (o->Tag == tag)
    {
      return o->Cmd.GetPointer();
    }
  }
  return nullptr;
}

void
Object::RemoveObserver(unsigned long tag)
{
  std::shared_ptr<Observer> removed; // released after the lock, since a command's destructor may call back in
  {
    std::lock_guard<std::mutex> lock(m_ObserversMutex);
    auto it = std::find_if(m_Observers.begin(), m_Observers.end(), [tag](const auto & o) { return o->Tag == tag; });
    if (it != m_Observers.end())
    {
      removed = *it;
      m_Observers.erase(it);
    }
  }
}

void
Object::RemoveAllObservers()
{
  std::vector<std::shared_ptr<Observer>> removed;
  {
    std::lock_guard<std::mutex> lock(m_ObserversMutex);
    removed.swap(m_Observers);
  }
}

template <typename TCaller>
void
Object::InvokeEventOn(TCaller * caller, const EventObject & event) const
{
  // Snapshot under the lock, call without it: observers may add or remove observers.
  std::vector<std::shared_ptr<Observer>> matching;
  {
    std::lock_guard<std::mutex> lock(m_ObserversMutex);
    if (m_Observers.empty())
    {
      return;
    }
    for (const auto & o : m_Observers)
    {
      if (o->Event->CheckEvent(&event))
      {
        matching.push_back(o);
      }
    }
  }
  for (const auto & o : matching)
  {
    o->Cmd->Execute(caller, event);
  }
}

void
Object::InvokeEvent(const EventObject & event)
{
  this->InvokeEventOn(this, event);
}

void
Object::InvokeEvent(const EventObject & event) const
{
  this->InvokeEventOn(this, event);
}

bool
Object::HasObserver(const EventObject & event) const
{
  std::lock_guard<std::mutex> lock(m_ObserversMutex);
  return std::any_of(
    m_Observers.begin(), m_Observers.end(), [&event](const auto & o) { return o->Event->CheckEvent(&event); });
}

void
Object::PrintSelf(std::ostream & os, Indent indent) const
{
  LightObject::PrintSelf(os, indent);
  os << indent << "Modified Time: " << this->GetMTime() << "\n";
  std::lock_guard<std::mutex> lock(m_ObserversMutex);
  os << indent << "Observers: " << m_Observers.size() << "\n";
}
} // namespace itk
