// Object model, events/observers, exceptions and TestHooks.
#include "itkCommand.h"
#include "itkImage.h"
#include "itkMacro.h"
#include "itkMedianImageFilter.h"
#include "itkTestHooks.h"

#include <gtest/gtest.h>

#include <cstring>
#include <new>
#include <stdexcept>
#include <thread>
#include <vector>

namespace
{
using ImageType = itk::Image<float, 2>;

TEST(ObjectModel, SmartPointerCopiesAdjustReferenceCount)
{
  const std::size_t start = itk::TestHooks::GetLiveObjectCount();
  {
    ImageType::Pointer a = ImageType::New();
    EXPECT_EQ(a->GetReferenceCount(), 1);
    EXPECT_EQ(itk::TestHooks::GetLiveObjectCount(), start + 1);
    {
      ImageType::Pointer b = a;
      ImageType::ConstPointer c = a;
      EXPECT_EQ(a->GetReferenceCount(), 3);
      ImageType::Pointer d = std::move(b);
      EXPECT_EQ(a->GetReferenceCount(), 3);
      EXPECT_TRUE(b.IsNull());
    }
    EXPECT_EQ(a->GetReferenceCount(), 1);
    a->Register();
    EXPECT_EQ(a->GetReferenceCount(), 2);
    a->UnRegister();
    EXPECT_EQ(a->GetReferenceCount(), 1);
    itk::DataObject::Pointer base = a; // derived to base
    EXPECT_EQ(base->GetReferenceCount(), 2);
    a = nullptr;
    EXPECT_EQ(base->GetReferenceCount(), 1);
  }
  EXPECT_EQ(itk::TestHooks::GetLiveObjectCount(), start);
}

TEST(ObjectModel, RegisterUnRegisterDeletesAtZero)
{
  const std::size_t start = itk::TestHooks::GetLiveObjectCount();
  ImageType * raw = nullptr;
  {
    auto p = ImageType::New();
    raw = p.GetPointer();
    raw->Register(); // a handle held by someone else, e.g. a binding
  }
  EXPECT_EQ(itk::TestHooks::GetLiveObjectCount(), start + 1);
  EXPECT_EQ(raw->GetReferenceCount(), 1);
  raw->UnRegister();
  EXPECT_EQ(itk::TestHooks::GetLiveObjectCount(), start);
}

TEST(ObjectModel, ConcurrentRegisterIsExact)
{
  auto object = itk::Object::New();
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
  {
    threads.emplace_back([&] {
      for (int i = 0; i < 20000; ++i)
      {
        object->Register();
        object->UnRegister();
      }
    });
  }
  for (auto & t : threads)
  {
    t.join();
  }
  EXPECT_EQ(object->GetReferenceCount(), 1);
}

TEST(ObjectModel, NamesAndFilterGraphReleaseEverything)
{
  const std::size_t start = itk::TestHooks::GetLiveObjectCount();
  {
    auto filter = itk::MedianImageFilter<ImageType, ImageType>::New();
    EXPECT_STREQ(filter->GetNameOfClass(), "MedianImageFilter");
    EXPECT_STREQ(ImageType::New()->GetNameOfClass(), "Image");
    EXPECT_STREQ(itk::Object::New()->GetNameOfClass(), "Object");
    auto created = filter->CreateAnother();
    EXPECT_STREQ(created->GetNameOfClass(), "MedianImageFilter");
  }
  EXPECT_EQ(itk::TestHooks::GetLiveObjectCount(), start);
}

TEST(ObjectModel, OutputOutlivesFilter)
{
  ImageType::Pointer output;
  {
    auto filter = itk::MedianImageFilter<ImageType, ImageType>::New();
    output = filter->GetOutput();
    EXPECT_EQ(output->GetSource(), filter.GetPointer());
  }
  EXPECT_EQ(output->GetSource(), nullptr);
}

TEST(ObjectModel, ModifiedIncreasesMTime)
{
  auto a = itk::Object::New();
  auto b = itk::Object::New();
  const auto t0 = a->GetMTime();
  EXPECT_GT(b->GetMTime(), t0);
  a->Modified();
  EXPECT_GT(a->GetMTime(), b->GetMTime());
}

struct Recorder
{
  std::vector<std::string> names;
  void OnEvent(itk::Object *, const itk::EventObject & e) { names.push_back(e.GetEventName()); }
  void OnConstEvent(const itk::Object *, const itk::EventObject & e) { names.push_back(std::string("const ") + e.GetEventName()); }
};

TEST(Events, CheckEventFollowsHierarchy)
{
  EXPECT_TRUE(itk::AnyEvent().CheckEvent(&static_cast<const itk::EventObject &>(itk::ProgressEvent())));
  EXPECT_TRUE(itk::ProgressEvent().CheckEvent(&static_cast<const itk::EventObject &>(itk::ProgressEvent())));
  EXPECT_FALSE(itk::ProgressEvent().CheckEvent(&static_cast<const itk::EventObject &>(itk::StartEvent())));
  EXPECT_FALSE(itk::ProgressEvent().CheckEvent(&static_cast<const itk::EventObject &>(itk::AnyEvent())));
  std::unique_ptr<itk::EventObject> copy(itk::IterationEvent().MakeObject());
  EXPECT_STREQ(copy->GetEventName(), "IterationEvent");
}

TEST(Events, MemberCommandObserversAndTags)
{
  auto object = itk::Object::New();
  Recorder recorder;
  auto cmd = itk::MemberCommand<Recorder>::New();
  cmd->SetCallbackFunction(&recorder, &Recorder::OnEvent);
  auto constCmd = itk::MemberCommand<Recorder>::New();
  constCmd->SetCallbackFunction(&recorder, &Recorder::OnConstEvent);

  const unsigned long t1 = object->AddObserver(itk::StartEvent(), cmd);
  const unsigned long t2 = object->AddObserver(itk::AnyEvent(), cmd);
  const unsigned long t3 = object->AddObserver(itk::ModifiedEvent(), constCmd);
  EXPECT_NE(t1, t2);
  EXPECT_EQ(object->GetCommand(t1), cmd.GetPointer());
  EXPECT_TRUE(object->HasObserver(itk::StartEvent()));
  EXPECT_TRUE(object->HasObserver(itk::EndEvent())); // via AnyEvent
  object->InvokeEvent(itk::StartEvent());
  object->InvokeEvent(itk::EndEvent());
  object->Modified(); // const InvokeEvent -> const Execute
  EXPECT_EQ(recorder.names, (std::vector<std::string>{ "StartEvent", "StartEvent", "EndEvent", "const ModifiedEvent" }));

  recorder.names.clear();
  object->RemoveObserver(t2);
  object->RemoveObserver(t3);
  object->RemoveObserver(12345); // unknown tags are ignored
  object->InvokeEvent(itk::EndEvent());
  object->InvokeEvent(itk::StartEvent());
  EXPECT_EQ(recorder.names, (std::vector<std::string>{ "StartEvent" }));
  object->RemoveAllObservers();
  EXPECT_FALSE(object->HasObserver(itk::AnyEvent()));
}

int g_DeletedClientData = 0;
int g_Calls = 0;

TEST(Events, CStyleCommandDeletesClientData)
{
  g_DeletedClientData = 0;
  g_Calls = 0;
  const std::size_t start = itk::TestHooks::GetLiveObjectCount();
  {
    auto object = itk::Object::New();
    auto cmd = itk::CStyleCommand::New();
    auto * data = new int(7);
    cmd->SetClientData(data);
    cmd->SetCallback([](itk::Object * caller, const itk::EventObject & e, void * cd) {
      EXPECT_NE(caller, nullptr);
      EXPECT_STREQ(e.GetEventName(), "UserEvent");
      EXPECT_EQ(*static_cast<int *>(cd), 7);
      ++g_Calls;
    });
    cmd->SetClientDataDeleteCallback([](void * cd) {
      delete static_cast<int *>(cd);
      ++g_DeletedClientData;
    });
    object->AddObserver(itk::UserEvent(), cmd);
    cmd = nullptr; // the object keeps the command alive
    object->InvokeEvent(itk::UserEvent());
    EXPECT_EQ(g_Calls, 1);
    EXPECT_EQ(g_DeletedClientData, 0);
  }
  EXPECT_EQ(g_DeletedClientData, 1);
  EXPECT_EQ(itk::TestHooks::GetLiveObjectCount(), start);
}

TEST(Events, ObserverMayRemoveItselfDuringInvoke)
{
  auto object = itk::Object::New();
  struct SelfRemover
  {
    itk::Object * target;
    unsigned long tag;
    int calls = 0;
    void On(itk::Object *, const itk::EventObject &)
    {
      ++calls;
      target->RemoveObserver(tag);
    }
  } remover{ object.GetPointer(), 0 };
  auto cmd = itk::MemberCommand<SelfRemover>::New();
  cmd->SetCallbackFunction(&remover, &SelfRemover::On);
  remover.tag = object->AddObserver(itk::UserEvent(), cmd);
  cmd = nullptr;
  object->InvokeEvent(itk::UserEvent());
  object->InvokeEvent(itk::UserEvent());
  EXPECT_EQ(remover.calls, 1);
}

TEST(Exceptions, CarryFileLineDescription)
{
  try
  {
    itkGenericExceptionMacro(<< "value " << 42 << " is bad");
  }
  catch (const itk::ExceptionObject & e)
  {
    EXPECT_EQ(std::string(e.GetFile()), __FILE__);
    EXPECT_GT(e.GetLine(), 0u);
    EXPECT_NE(std::string(e.GetDescription()).find("value 42 is bad"), std::string::npos);
    const std::string what = e.what();
    EXPECT_NE(what.find(__FILE__), std::string::npos);
    EXPECT_NE(what.find(":" + std::to_string(e.GetLine())), std::string::npos);
    EXPECT_NE(what.find("value 42 is bad"), std::string::npos);
    EXPECT_STREQ(e.GetNameOfClass(), "ExceptionObject");
  }
  const itk::ExceptionObject e("f.cxx", 12, std::string("desc"), std::string("loc"));
  EXPECT_STREQ(e.GetFile(), "f.cxx");
  EXPECT_EQ(e.GetLine(), 12u);
  EXPECT_STREQ(e.GetDescription(), "desc");
  EXPECT_STREQ(e.GetLocation(), "loc");
  const itk::ExceptionObject copy = e;
  EXPECT_TRUE(copy == e);
  EXPECT_STREQ(itk::ProcessAborted().GetNameOfClass(), "ProcessAborted");
  EXPECT_STREQ(itk::InvalidArgumentError("a", 1).GetNameOfClass(), "InvalidArgumentError");
  EXPECT_STREQ(itk::RangeError("a", 1).GetNameOfClass(), "RangeError");
  EXPECT_STREQ(itk::MemoryAllocationError("a", 1).GetNameOfClass(), "MemoryAllocationError");
}

TEST(TestHooks, ThrowKinds)
{
  EXPECT_THROW(itk::TestHooks::Throw(0, "m"), itk::ExceptionObject);
  EXPECT_THROW(itk::TestHooks::Throw(1, "m"), itk::ProcessAborted);
  EXPECT_THROW(itk::TestHooks::Throw(2, "m"), std::bad_alloc);
  EXPECT_THROW(itk::TestHooks::Throw(3, "m"), itk::InvalidArgumentError);
  EXPECT_THROW(itk::TestHooks::Throw(4, "m"), itk::RangeError);
  EXPECT_THROW(itk::TestHooks::Throw(5, "m"), std::runtime_error);
  EXPECT_THROW(itk::TestHooks::Throw(6, "m"), int);
  try
  {
    itk::TestHooks::Throw(1, "stopped");
  }
  catch (const itk::ProcessAborted & e)
  {
    EXPECT_STREQ(e.GetDescription(), "stopped");
  }
  try
  {
    itk::TestHooks::Throw(4, "out of range");
  }
  catch (const itk::ExceptionObject & e)
  {
    EXPECT_STREQ(e.GetNameOfClass(), "RangeError");
    EXPECT_STREQ(e.GetDescription(), "out of range");
  }
  EXPECT_EQ(itk::TestHooks::Add(2, 40), 42);
}

TEST(TestHooks, SignalWaitAndReset)
{
  itk::TestHooks::ResetSignal();
  EXPECT_FALSE(itk::TestHooks::WaitForSignal(10));
  std::thread t([] {
    itk::TestHooks::Sleep(20);
    itk::TestHooks::Signal();
  });
  EXPECT_TRUE(itk::TestHooks::WaitForSignal(5000));
  t.join();
  EXPECT_TRUE(itk::TestHooks::WaitForSignal(0)); // stays signalled until reset
  itk::TestHooks::ResetSignal();
  EXPECT_FALSE(itk::TestHooks::WaitForSignal(1));
  const auto t0 = std::chrono::steady_clock::now();
  itk::TestHooks::Sleep(15);
  EXPECT_GE(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(15));
}
} // namespace
