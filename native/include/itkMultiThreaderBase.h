// Runs work units on std::threads: splits image regions along the slowest dimension, propagates worker exceptions.
#pragma once

#include "itkImageRegion.h"
#include "itkIntTypes.h"
#include "itkObject.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace itk
{
class ProcessObject;

class ITKBindGenCore_EXPORT MultiThreaderBase : public Object
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(MultiThreaderBase);

  using Self = MultiThreaderBase;
  using Superclass = Object;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  static Pointer New();
  LightObject::Pointer CreateAnother() const override;
  const char * GetNameOfClass() const override;

  // Process-wide default for new threaders and filters: ITK_GLOBAL_DEFAULT_NUMBER_OF_THREADS if set,
  // else std::thread::hardware_concurrency(), capped by the global maximum.
  static void SetGlobalDefaultNumberOfThreads(ThreadIdType val);
  static ThreadIdType GetGlobalDefaultNumberOfThreads();
  static void SetGlobalMaximumNumberOfThreads(ThreadIdType val);
  static ThreadIdType GetGlobalMaximumNumberOfThreads();

  virtual void SetMaximumNumberOfThreads(ThreadIdType numberOfThreads);
  virtual ThreadIdType GetMaximumNumberOfThreads() const;
  virtual void SetNumberOfWorkUnits(ThreadIdType numberOfWorkUnits);
  virtual ThreadIdType GetNumberOfWorkUnits() const;

  using ArrayThunk = std::function<void(SizeValueType)>;

  template <unsigned int VDimension>
  using TemplatedThreadingFunctorType = std::function<void(const ImageRegion<VDimension> &)>;

  // Calls aFunc(i) for i in [firstIndex, lastIndexPlus1), in contiguous chunks, one chunk per work unit.
  // With a filter, each index counts as one unit of progress and the filter's abort flag is honoured.
  virtual void ParallelizeArray(SizeValueType firstIndex,
                                SizeValueType lastIndexPlus1,
                                ArrayThunk aFunc,
                                ProcessObject * filter);

  // Calls funcP once per piece of requestedRegion. With a filter, progress is measured in pixels, which the
  // functor reports itself (see ProcessObject::ReportThreadedProgress).
  template <unsigned int VDimension>
  void ParallelizeImageRegion(const ImageRegion<VDimension> & requestedRegion,
                              TemplatedThreadingFunctorType<VDimension> funcP,
                              ProcessObject * filterForProgressReporting)
  {
    const std::vector<ImageRegion<VDimension>> pieces = SplitRegion(requestedRegion, this->GetNumberOfWorkUnits());
    this->RunWorkUnits(static_cast<ThreadIdType>(pieces.size()),
                       requestedRegion.GetNumberOfPixels(),
                       [&pieces, &funcP](ThreadIdType unit) { funcP(pieces[unit]); },
                       filterForProgressReporting);
  }

  // Splits along the slowest-varying dimension that has more than one pixel; never returns empty pieces.
  template <unsigned int VDimension>
  static std::vector<ImageRegion<VDimension>> SplitRegion(const ImageRegion<VDimension> & region,
                                                          ThreadIdType requestedPieces)
  {
    std::vector<ImageRegion<VDimension>> pieces;
    if (region.GetNumberOfPixels() == 0)
    {
      return pieces;
    }
    int splitAxis = static_cast<int>(VDimension) - 1;
    while (splitAxis > 0 && region.GetSize(splitAxis) == 1)
    {
      --splitAxis;
    }
    const SizeValueType extent = region.GetSize(splitAxis);
    const SizeValueType count = std::max<SizeValueType>(1, std::min<SizeValueType>(requestedPieces, extent));
    for (SizeValueType p = 0; p < count; ++p)
    {
      // Balanced split: piece sizes differ by at most one slice.
      const SizeValueType begin = extent * p / count;
      const SizeValueType end = extent * (p + 1) / count;
      ImageRegion<VDimension> piece = region;
      piece.SetIndex(splitAxis, region.GetIndex(splitAxis) + static_cast<IndexValueType>(begin));
      piece.SetSize(splitAxis, end - begin);
      pieces.push_back(piece);
    }
    return pieces;
  }

  // Runs body(0..count-1) concurrently and waits. With a filter, the calling thread does not take a work
  // unit: it raises the filter's ProgressEvents while waiting, so observers run on the thread that called
  // Update(). The first exception thrown by a worker (or an observer) is rethrown after all workers stopped.
  void RunWorkUnits(ThreadIdType count,
                    SizeValueType totalWork,
                    const std::function<void(ThreadIdType)> & body,
                    ProcessObject * filter);

protected:
  MultiThreaderBase();
  ~MultiThreaderBase() override;

  void PrintSelf(std::ostream & os, Indent indent) const override;

private:
  ThreadIdType m_NumberOfWorkUnits;
  ThreadIdType m_MaximumNumberOfThreads;
};
} // namespace itk
