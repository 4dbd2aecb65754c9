// Gaussian blur by separable 1-D discrete Gaussian kernels, one pass per dimension, borders clamped.
#pragma once

#include "itkFixedArray.h"
#include "itkGaussianKernel.h"
#include "itkImageLineIteration.h"
#include "itkImageToImageFilter.h"

#include <cmath>
#include <memory>
#include <vector>

namespace itk
{
// Approximates ITK's filter: same parameters and defaults (variance 0, maximum error 0.01, maximum kernel
// width 32, image spacing used), same kernel family (see Detail::MakeDiscreteGaussianKernel). Sums are
// accumulated in double and cast to the output pixel type; results agree with ITK closely, not bit for bit.
template <typename TInputImage, typename TOutputImage = TInputImage>
class DiscreteGaussianImageFilter : public ImageToImageFilter<TInputImage, TOutputImage>
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(DiscreteGaussianImageFilter);

  using Self = DiscreteGaussianImageFilter;
  using Superclass = ImageToImageFilter<TInputImage, TOutputImage>;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  using InputImageType = TInputImage;
  using OutputImageType = TOutputImage;
  using InputPixelType = typename TInputImage::PixelType;
  using OutputPixelType = typename TOutputImage::PixelType;
  using OutputImageRegionType = typename TOutputImage::RegionType;
  static constexpr unsigned int ImageDimension = TOutputImage::ImageDimension;
  static constexpr unsigned int InputImageDimension = TInputImage::ImageDimension;
  using ArrayType = FixedArray<double, ImageDimension>;

  itkNewMacro(Self);
  itkTypeMacro(DiscreteGaussianImageFilter, ImageToImageFilter);

  itkSetMacro(Variance, ArrayType);
  itkGetConstMacro(Variance, const ArrayType);
  itkSetMacro(MaximumError, ArrayType);
  itkGetConstMacro(MaximumError, const ArrayType);
  itkGetConstMacro(MaximumKernelWidth, int);
  itkSetMacro(MaximumKernelWidth, int);
  itkGetConstMacro(FilterDimensionality, unsigned int);
  itkSetMacro(FilterDimensionality, unsigned int);
  itkSetMacro(UseImageSpacing, bool);
  itkGetConstMacro(UseImageSpacing, bool);
  itkBooleanMacro(UseImageSpacing);

  void SetVariance(const typename ArrayType::ValueType v) { this->SetVariance(ArrayType(v)); }
  void SetMaximumError(const typename ArrayType::ValueType v) { this->SetMaximumError(ArrayType(v)); }
  void SetVariance(const double * v) { this->SetVariance(ArrayType(v)); }
  void SetMaximumError(const double * v) { this->SetMaximumError(ArrayType(v)); }

  // Sigma = sqrt(variance), as a convenience.
  void SetSigma(double sigma) { this->SetVariance(sigma * sigma); }
  void SetSigmaArray(const ArrayType & sigmas)
  {
    ArrayType v;
    for (unsigned int i = 0; i < ImageDimension; ++i)
    {
      v[i] = sigmas[i] * sigmas[i];
    }
    this->SetVariance(v);
  }
  ArrayType GetSigmaArray() const
  {
    ArrayType s;
    for (unsigned int i = 0; i < ImageDimension; ++i)
    {
      s[i] = std::sqrt(m_Variance[i]);
    }
    return s;
  }

  void SetUseImageSpacingOn() { this->SetUseImageSpacing(true); }
  void SetUseImageSpacingOff() { this->SetUseImageSpacing(false); }

  // The kernel applied along `dimension` for the current input and parameters.
  std::vector<double> GetKernel(unsigned int dimension) const
  {
    const InputImageType * input = this->GetInput();
    if (dimension >= m_FilterDimensionality || dimension >= ImageDimension)
    {
      return { 1.0 };
    }
    double variance = m_Variance[dimension];
    if (m_UseImageSpacing && input)
    {
      const double s = input->GetSpacing()[dimension];
      variance /= s * s;
    }
    return Detail::MakeDiscreteGaussianKernel(
      variance, m_MaximumError[dimension], static_cast<unsigned int>(std::max(1, m_MaximumKernelWidth)));
  }

protected:
  DiscreteGaussianImageFilter()
  {
    m_Variance.Fill(0.0);
    m_MaximumError.Fill(0.01);
  }
  ~DiscreteGaussianImageFilter() override = default;

  void VerifyPreconditions() const override
  {
    Superclass::VerifyPreconditions();
    for (unsigned int i = 0; i < ImageDimension; ++i)
    {
      if (!(m_Variance[i] >= 0.0) || !std::isfinite(m_Variance[i]))
      {
        itkTypedExceptionMacro(InvalidArgumentError, << "Variance must be finite and >= 0, got " << m_Variance);
      }
      if (!(m_MaximumError[i] > 0.0 && m_MaximumError[i] < 1.0))
      {
        itkTypedExceptionMacro(InvalidArgumentError,
                               << "MaximumError must be in the open range (0, 1), got " << m_MaximumError);
      }
    }
    if (m_MaximumKernelWidth < 1)
    {
      itkTypedExceptionMacro(InvalidArgumentError, << "MaximumKernelWidth must be >= 1, got " << m_MaximumKernelWidth);
    }
    if (const InputImageType * input = this->GetInput())
    {
      for (unsigned int i = 0; i < ImageDimension; ++i)
      {
        if (m_UseImageSpacing && !(input->GetSpacing()[i] > 0.0))
        {
          itkTypedExceptionMacro(InvalidArgumentError, << "Image spacing must be > 0, got " << input->GetSpacing());
        }
      }
    }
  }

  void GenerateData() override
  {
    this->AllocateOutputs();
    const InputImageType * input = this->GetInput();
    OutputImageType * output = this->GetOutput();
    const OutputImageRegionType region = output->GetRequestedRegion();
    const SizeValueType pixels = region.GetNumberOfPixels();

    std::vector<unsigned int> passes;
    std::vector<std::vector<double>> kernels(ImageDimension);
    for (unsigned int d = 0; d < ImageDimension; ++d)
    {
      kernels[d] = this->GetKernel(d);
      if (kernels[d].size() > 1)
      {
        passes.push_back(d);
      }
    }

    if (passes.empty())
    {
      this->ParallelizeOverRegion(region, [&](const OutputImageRegionType & piece) {
        this->CopyPiece(input->GetBufferPointer(), output->GetBufferPointer(), input, piece);
      });
      return;
    }

    // Intermediate passes ping-pong between two double buffers.
    std::unique_ptr<double[]> scratch[2];
    const std::size_t needed = passes.size() > 1 ? (passes.size() > 2 ? 2 : 1) : 0;
    for (std::size_t b = 0; b < needed; ++b)
    {
      scratch[b].reset(new double[pixels]);
    }
    const auto count = static_cast<float>(passes.size());
    for (std::size_t p = 0; p < passes.size(); ++p)
    {
      this->SetThreadedProgressRange(static_cast<float>(p) / count, static_cast<float>(p + 1) / count);
      const unsigned int d = passes[p];
      const bool first = (p == 0);
      const bool last = (p + 1 == passes.size());
      const double * src = first ? nullptr : scratch[(p - 1) % 2].get();
      double * dst = last ? nullptr : scratch[p % 2].get();
      this->ParallelizeOverRegion(region, [&](const OutputImageRegionType & piece) {
        if (first && last)
        {
          this->ConvolvePiece(input->GetBufferPointer(), output->GetBufferPointer(), d, kernels[d], input, piece);
        }
        else if (first)
        {
          this->ConvolvePiece(input->GetBufferPointer(), dst, d, kernels[d], input, piece);
        }
        else if (last)
        {
          this->ConvolvePiece(src, output->GetBufferPointer(), d, kernels[d], input, piece);
        }
        else
        {
          this->ConvolvePiece(src, dst, d, kernels[d], input, piece);
        }
      });
    }
  }

  void PrintSelf(std::ostream & os, Indent indent) const override
  {
    Superclass::PrintSelf(os, indent);
    os << indent << "Variance: " << m_Variance << "\n"
       << indent << "MaximumError: " << m_MaximumError << "\n"
       << indent << "MaximumKernelWidth: " << m_MaximumKernelWidth << "\n"
       << indent << "UseImageSpacing: " << m_UseImageSpacing << "\n";
  }

private:
  template <typename TSrc, typename TDst>
  void CopyPiece(const TSrc * src, TDst * dst, const InputImageType * geometry, const OutputImageRegionType & piece)
  {
    Detail::ForEachLine(piece, [&](const typename OutputImageType::IndexType & lineStart, SizeValueType length) {
      const OffsetValueType base = geometry->ComputeOffset(lineStart);
      for (SizeValueType x = 0; x < length; ++x)
      {
        dst[base + static_cast<OffsetValueType>(x)] = static_cast<TDst>(src[base + static_cast<OffsetValueType>(x)]);
      }
      this->ReportThreadedProgress(length);
    });
  }

  // One separable pass along dimension d, reading anywhere in src and writing only the piece of dst.
  template <typename TSrc, typename TDst>
  void ConvolvePiece(const TSrc * src,
                     TDst * dst,
                     unsigned int d,
                     const std::vector<double> & kernel,
                     const InputImageType * geometry,
                     const OutputImageRegionType & piece)
  {
    const auto & whole = geometry->GetBufferedRegion();
    const OffsetValueType stride = geometry->GetOffsetTable()[d];
    const IndexValueType lo = whole.GetIndex(d);
    const IndexValueType hi = lo + static_cast<IndexValueType>(whole.GetSize(d)) - 1;
    const auto radius = static_cast<IndexValueType>(kernel.size() / 2);
    const std::size_t taps = kernel.size();
    std::vector<OffsetValueType> deltas(taps);

    Detail::ForEachLine(piece, [&](const typename OutputImageType::IndexType & lineStart, SizeValueType length) {
      const OffsetValueType base = geometry->ComputeOffset(lineStart);
      if (d == 0)
      {
        for (SizeValueType x = 0; x < length; ++x)
        {
          const IndexValueType c = lineStart[0] + static_cast<IndexValueType>(x);
          const OffsetValueType rowBase = base + static_cast<OffsetValueType>(x) - (c - lo);
          double sum = 0.0;
          if (c - radius >= lo && c + radius <= hi)
          {
            const TSrc * s = src + rowBase + (c - radius - lo);
            for (std::size_t k = 0; k < taps; ++k)
            {
              sum += kernel[k] * static_cast<double>(s[k]);
            }
          }
          else
          {
            for (std::size_t k = 0; k < taps; ++k)
            {
              const IndexValueType q = Detail::ClampIndex(c - radius + static_cast<IndexValueType>(k), lo, hi);
              sum += kernel[k] * static_cast<double>(src[rowBase + (q - lo)]);
            }
          }
          dst[base + static_cast<OffsetValueType>(x)] = static_cast<TDst>(sum);
        }
      }
      else
      {
        // Along d > 0 the clamped neighbor offsets are the same for the whole row.
        const IndexValueType c = lineStart[d];
        for (std::size_t k = 0; k < taps; ++k)
        {
          const IndexValueType q = Detail::ClampIndex(c - radius + static_cast<IndexValueType>(k), lo, hi);
          deltas[k] = (q - c) * stride;
        }
        for (SizeValueType x = 0; x < length; ++x)
        {
          const OffsetValueType center = base + static_cast<OffsetValueType>(x);
          double sum = 0.0;
          for (std::size_t k = 0; k < taps; ++k)
          {
            sum += kernel[k] * static_cast<double>(src[center + deltas[k]]);
          }
          dst[center] = static_cast<TDst>(sum);
        }
      }
      this->ReportThreadedProgress(length);
    });
  }

  ArrayType m_Variance;
  ArrayType m_MaximumError;
  int m_MaximumKernelWidth{ 32 };
  unsigned int m_FilterDimensionality{ ImageDimension };
  bool m_UseImageSpacing{ true };
};
} // namespace itk
