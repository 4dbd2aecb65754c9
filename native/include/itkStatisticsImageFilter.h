// Minimum, maximum, mean, sigma, variance and sum of an image; the output is the input passed through.
#pragma once

#include "itkImageToImageFilter.h"

#include <cmath>
#include <limits>
#include <vector>

namespace itk
{
template <typename TInputImage>
class StatisticsImageFilter : public ImageToImageFilter<TInputImage, TInputImage>
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(StatisticsImageFilter);

  using Self = StatisticsImageFilter;
  using Superclass = ImageToImageFilter<TInputImage, TInputImage>;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  using PixelType = typename TInputImage::PixelType;
  using RealType = double;
  using RegionType = typename TInputImage::RegionType;

  itkNewMacro(Self);
  itkTypeMacro(StatisticsImageFilter, ImageToImageFilter);

  PixelType GetMinimum() const { return m_Minimum; }
  PixelType GetMaximum() const { return m_Maximum; }
  RealType GetMean() const { return m_Mean; }
  RealType GetSigma() const { return m_Sigma; }
  RealType GetVariance() const { return m_Variance; }
  RealType GetSum() const { return m_Sum; }
  RealType GetSumOfSquares() const { return m_SumOfSquares; }

protected:
  StatisticsImageFilter() = default;
  ~StatisticsImageFilter() override = default;

  // Share the input's buffer instead of copying it.
  void AllocateOutputs() override { this->GraftOutput(const_cast<TInputImage *>(this->GetInput())); }

  void BeforeThreadedGenerateData() override
  {
    const RegionType & r = this->GetInput()->GetLargestPossibleRegion();
    const SizeValueType rows = r.GetSize(0) ? r.GetNumberOfPixels() / r.GetSize(0) : 0;
    m_Rows.assign(rows, RowStats{});
  }

  // One partial result per image row, combined in row order afterwards: the result does not depend on
  // how rows were distributed over work units.
  void DynamicThreadedGenerateData(const RegionType & region) override
  {
    const PixelType * in = this->GetInput()->GetBufferPointer();
    const SizeValueType row = region.GetSize(0);
    OffsetValueType offset = this->GetInput()->ComputeOffset(region.GetIndex());
    for (SizeValueType done = 0, total = region.GetNumberOfPixels(); done < total; done += row, offset += row)
    {
      RowStats & s = m_Rows[static_cast<std::size_t>(offset) / row];
      for (SizeValueType i = 0; i < row; ++i)
      {
        const PixelType v = in[offset + static_cast<OffsetValueType>(i)];
        s.Min = std::min(s.Min, v);
        s.Max = std::max(s.Max, v);
        const auto rv = static_cast<RealType>(v);
        s.Sum += rv;
        s.SumOfSquares += rv * rv;
      }
      this->ReportThreadedProgress(row);
    }
  }

  void AfterThreadedGenerateData() override
  {
    RowStats all;
    for (const RowStats & s : m_Rows)
    {
      all.Min = std::min(all.Min, s.Min);
      all.Max = std::max(all.Max, s.Max);
      all.Sum += s.Sum;
      all.SumOfSquares += s.SumOfSquares;
    }
    const auto count = static_cast<RealType>(this->GetInput()->GetLargestPossibleRegion().GetNumberOfPixels());
    m_Minimum = all.Min;
    m_Maximum = all.Max;
    m_Sum = all.Sum;
    m_SumOfSquares = all.SumOfSquares;
    m_Mean = count > 0 ? all.Sum / count : 0.0;
    // Sample (unbiased) variance, as ITK computes it.
    m_Variance = count > 1 ? (all.SumOfSquares - all.Sum * all.Sum / count) / (count - 1.0) : 0.0;
    m_Variance = std::max(0.0, m_Variance);
    m_Sigma = std::sqrt(m_Variance);
    m_Rows.clear();
    m_Rows.shrink_to_fit();
  }

  void PrintSelf(std::ostream & os, Indent indent) const override
  {
    Superclass::PrintSelf(os, indent);
    os << indent << "Minimum: " << +m_Minimum << "\n"
       << indent << "Maximum: " << +m_Maximum << "\n"
       << indent << "Mean: " << m_Mean << "\n"
       << indent << "Sigma: " << m_Sigma << "\n";
  }

private:
  struct RowStats
  {
    PixelType Min{ std::numeric_limits<PixelType>::max() };
    PixelType Max{ std::numeric_limits<PixelType>::lowest() };
    RealType Sum{ 0.0 };
    RealType SumOfSquares{ 0.0 };
  };

  std::vector<RowStats> m_Rows;
  PixelType m_Minimum{ std::numeric_limits<PixelType>::max() };
  PixelType m_Maximum{ std::numeric_limits<PixelType>::lowest() };
  RealType m_Mean{ 0.0 };
  RealType m_Sigma{ 0.0 };
  RealType m_Variance{ 0.0 };
  RealType m_Sum{ 0.0 };
  RealType m_SumOfSquares{ 0.0 };
};
} // namespace itk
