// Update semantics: events on the calling thread, progress, abort, modified-time re-execution, determinism.
#include "TestUtilities.h"

#include "itkCommand.h"
#include "itkDiscreteGaussianImageFilter.h"
#include "itkMedianImageFilter.h"
#include "itkTestHooks.h"

#include <gtest/gtest.h>

#include <cstring>
#include <thread>
#include <vector>

namespace
{
using namespace itkbindgen_test;
using ImageType = itk::Image<float, 2>;
using MedianType = itk::MedianImageFilter<ImageType, ImageType>;

struct EventLog
{
  itk::ProcessObject * filter = nullptr;
  std::vector<std::string> names;
  std::vector<float> progress;
  std::vector<std::thread::id> threads;
  bool abortAtFirstProgress = false;
  bool abortAtStart = false;

  void On(itk::Object * caller, const itk::EventObject & e)
  {
    names.push_back(e.GetEventName());
    threads.push_back(std::this_thread::get_id());
    EXPECT_EQ(caller, filter);
    if (itk::ProgressEvent().CheckEvent(&e))
    {
      progress.push_back(filter->GetProgress());
      if (abortAtFirstProgress && filter->GetProgress() < 1.0f)
      {
        filter->AbortGenerateDataOn();
      }
    }
    if (abortAtStart && itk::StartEvent().CheckEvent(&e))
    {
      filter->SetAbortGenerateData(true);
    }
  }

  void Attach(itk::ProcessObject * f)
  {
    filter = f;
    auto cmd = itk::MemberCommand<EventLog>::New();
    cmd->SetCallbackFunction(this, &EventLog::On);
    for (const itk::EventObject * e : std::initializer_list<const itk::EventObject *>{
           &static_cast<const itk::EventObject &>(itk::StartEvent()) })
    {
      (void)e;
    }
    f->AddObserver(itk::StartEvent(), cmd);
    f->AddObserver(itk::ProgressEvent(), cmd);
    f->AddObserver(itk::EndEvent(), cmd);
    f->AddObserver(itk::AbortEvent(), cmd);
  }
};

TEST(Pipeline, EventsOnCallingThreadWithMonotonicProgress)
{
  auto input = MakeRandomImage<ImageType>({ { 300, 200 } }, 1);
  auto filter = MedianType::New();
  filter->SetInput(input);
  filter->SetRadius(2);
  filter->SetNumberOfWorkUnits(4);
  EventLog log;
  log.Attach(filter);
  filter->Update();

  ASSERT_GE(log.names.size(), 3u);
  EXPECT_EQ(log.names.front(), "StartEvent");
  EXPECT_EQ(log.names.back(), "EndEvent");
  for (const auto & id : log.threads)
  {
    EXPECT_EQ(id, std::this_thread::get_id());
  }
  ASSERT_FALSE(log.progress.empty());
  for (std::size_t i = 1; i < log.progress.size(); ++i)
  {
    EXPECT_GT(log.progress[i], log.progress[i - 1]);
  }
  EXPECT_EQ(log.progress.back(), 1.0f);
  EXPECT_EQ(filter->GetProgress(), 1.0f);
  EXPECT_EQ(std::count(log.names.begin(), log.names.end(), "AbortEvent"), 0);
}

TEST(Pipeline, AbortFromStartObserver)
{
  auto input = MakeRandomImage<ImageType>({ { 64, 64 } }, 2);
  auto filter = MedianType::New();
  filter->SetInput(input);
  EventLog log;
  log.abortAtStart = true;
  log.Attach(filter);
  EXPECT_THROW(filter->Update(), itk::ProcessAborted);
  EXPECT_EQ(log.names.front(), "StartEvent");
  EXPECT_EQ(log.names.back(), "AbortEvent");
  EXPECT_EQ(std::count(log.names.begin(), log.names.end(), "EndEvent"), 0);
}

TEST(Pipeline, AbortFromProgressObserverStopsWorkers)
{
  auto input = MakeRandomImage<ImageType>({ { 1024, 512 } }, 3);
  auto filter = MedianType::New();
  filter->SetInput(input);
  filter->SetRadius(3);
  filter->SetNumberOfWorkUnits(2);
  EventLog log;
  log.abortAtFirstProgress = true;
  log.Attach(filter);
  try
  {
    filter->Update();
    FAIL() << "expected ProcessAborted";
  }
  catch (const itk::ProcessAborted & e)
  {
    EXPECT_NE(std::string(e.GetDescription()).find("aborted"), std::string::npos);
  }
  EXPECT_EQ(log.names.back(), "AbortEvent");
  EXPECT_LT(filter->GetProgress(), 1.0f);
  for (const auto & id : log.threads)
  {
    EXPECT_EQ(id, std::this_thread::get_id());
  }
  // A later run is not aborted: the flag is cleared when Update starts.
  log.abortAtFirstProgress = false;
  filter->Update();
  EXPECT_EQ(filter->GetProgress(), 1.0f);
}

TEST(Pipeline, ObserverExceptionPropagatesAfterWorkersStop)
{
  auto input = MakeRandomImage<ImageType>({ { 512, 256 } }, 4);
  auto filter = MedianType::New();
  filter->SetInput(input);
  filter->SetNumberOfWorkUnits(2);
  auto cmd = itk::CStyleCommand::New();
  cmd->SetCallback([](itk::Object *, const itk::EventObject &, void *) { throw std::runtime_error("observer"); });
  filter->AddObserver(itk::ProgressEvent(), cmd);
  EXPECT_THROW(filter->Update(), std::runtime_error);
}

TEST(Pipeline, MissingInputThrowsClearly)
{
  auto filter = MedianType::New();
  try
  {
    filter->Update();
    FAIL() << "expected an exception";
  }
  catch (const itk::ExceptionObject & e)
  {
    EXPECT_NE(std::string(e.GetDescription()).find("Input Primary is required"), std::string::npos);
    EXPECT_NE(std::string(e.GetFile()).find("itkProcessObject"), std::string::npos);
  }
  auto unallocated = ImageType::New();
  unallocated->SetLargestPossibleRegion(ImageType::RegionType(ImageType::SizeType{ { 4, 4 } }));
  filter->SetInput(unallocated);
  EXPECT_THROW(filter->Update(), itk::ExceptionObject);
}

TEST(Pipeline, ReexecutesOnlyWhenSomethingChanged)
{
  auto input = MakeRandomImage<ImageType>({ { 32, 32 } }, 5);
  auto median = MedianType::New();
  median->SetInput(input);
  auto gauss = itk::DiscreteGaussianImageFilter<ImageType>::New();
  gauss->SetInput(median->GetOutput());
  gauss->SetVariance(1.0);
  int medianRuns = 0, gaussRuns = 0;
  auto countMedian = itk::CStyleCommand::New();
  countMedian->SetClientData(&medianRuns);
  countMedian->SetCallback([](itk::Object *, const itk::EventObject &, void * cd) { ++*static_cast<int *>(cd); });
  median->AddObserver(itk::StartEvent(), countMedian);
  auto countGauss = itk::CStyleCommand::New();
  countGauss->SetClientData(&gaussRuns);
  countGauss->SetCallback([](itk::Object *, const itk::EventObject &, void * cd) { ++*static_cast<int *>(cd); });
  gauss->AddObserver(itk::StartEvent(), countGauss);

  gauss->Update(); // pulls the median through the pipeline
  EXPECT_EQ(medianRuns, 1);
  EXPECT_EQ(gaussRuns, 1);
  gauss->Update();
  EXPECT_EQ(medianRuns, 1);
  EXPECT_EQ(gaussRuns, 1);
  gauss->SetVariance(2.0);
  gauss->Update();
  EXPECT_EQ(medianRuns, 1);
  EXPECT_EQ(gaussRuns, 2);
  median->SetRadius(2);
  gauss->Update();
  EXPECT_EQ(medianRuns, 2);
  EXPECT_EQ(gaussRuns, 3);
  input->GetBufferPointer()[0] = 1000.0f;
  input->Modified();
  gauss->Update();
  EXPECT_EQ(medianRuns, 3);
  EXPECT_EQ(gaussRuns, 4);
  median->UpdateLargestPossibleRegion();
  EXPECT_EQ(medianRuns, 3);
}

template <typename TFilter>
std::vector<float>
RunWithUnits(TFilter * filter, unsigned int units)
{
  filter->SetNumberOfWorkUnits(units);
  filter->Update();
  const auto * out = filter->GetOutput();
  return std::vector<float>(out->GetBufferPointer(), out->GetBufferPointer() + out->GetBufferSize());
}

TEST(Pipeline, MultithreadedEqualsSingleThreadedBitForBit)
{
  auto input = MakeRandomImage<ImageType>({ { 157, 203 } }, 6);
  auto median = MedianType::New();
  median->SetInput(input);
  median->SetRadius(2);
  const auto m1 = RunWithUnits(median.GetPointer(), 1);
  const auto m4 = RunWithUnits(median.GetPointer(), 4);
  ASSERT_EQ(m1.size(), m4.size());
  EXPECT_EQ(0, std::memcmp(m1.data(), m4.data(), m1.size() * sizeof(float)));

  auto gauss = itk::DiscreteGaussianImageFilter<ImageType>::New();
  gauss->SetInput(input);
  gauss->SetVariance(3.0);
  const auto g1 = RunWithUnits(gauss.GetPointer(), 1);
  const auto g4 = RunWithUnits(gauss.GetPointer(), 4);
  EXPECT_EQ(0, std::memcmp(g1.data(), g4.data(), g1.size() * sizeof(float)));
}

TEST(Pipeline, NumberOfWorkUnitsIsClamped)
{
  auto filter = MedianType::New();
  EXPECT_EQ(filter->GetNumberOfWorkUnits(), itk::MultiThreaderBase::GetGlobalDefaultNumberOfThreads());
  filter->SetNumberOfWorkUnits(0);
  EXPECT_EQ(filter->GetNumberOfWorkUnits(), 1u);
  filter->SetNumberOfWorkUnits(4);
  EXPECT_EQ(filter->GetNumberOfWorkUnits(), 4u);
  EXPECT_NE(filter->GetMultiThreader(), nullptr);
  EXPECT_FALSE(filter->GetAbortGenerateData());
}

TEST(Pipeline, NoLeaksAcrossRuns)
{
  const std::size_t start = itk::TestHooks::GetLiveObjectCount();
  {
    auto input = MakeRandomImage<ImageType>({ { 40, 30 } }, 7);
    auto median = MedianType::New();
    median->SetInput(input);
    EventLog log;
    log.Attach(median);
    median->Update();
    auto gauss = itk::DiscreteGaussianImageFilter<ImageType>::New();
    gauss->SetInput(median->GetOutput());
    gauss->Update();
  }
  EXPECT_EQ(itk::TestHooks::GetLiveObjectCount(), start);
}
} // namespace
