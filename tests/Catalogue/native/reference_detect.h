// Compile-time questions the reference program asks of a filter type: which members it has, which images it takes.
#ifndef catalogue_reference_detect_h
#define catalogue_reference_detect_h

#include "itkImage.h"
#include "itkVector.h"

#include <type_traits>
#include <utility>

namespace reference
{
// Has_<name><F>: F has a member that can be called this way (arguments use F's own types).
#define IBG_DETECT(name, ...)                                                                                          \
  template <typename F, typename = void>                                                                               \
  struct Has_##name : std::false_type                                                                                  \
  {};                                                                                                                  \
  template <typename F>                                                                                                \
  struct Has_##name<F, std::void_t<decltype(__VA_ARGS__)>> : std::true_type                                            \
  {}

// Takes_<name><F, A>: F's member takes an A * (an image of type A; most take a const A *, some a non-const one).
#define IBG_DETECT_IMAGE(name)                                                                                         \
  template <typename F, typename A, typename = void>                                                                   \
  struct Takes_##name : std::false_type                                                                                \
  {};                                                                                                                  \
  template <typename F, typename A>                                                                                    \
  struct Takes_##name<F, A, std::void_t<decltype(std::declval<F &>().name(std::declval<A *>()))>>                \
    : std::true_type                                                                                                   \
  {}

#define IBG_GETTER(name) IBG_DETECT(name, std::declval<F &>().name())

// F::New() of F's own: a class without one (an abstract base) finds Object::New through inheritance.
IBG_DETECT(New, std::enable_if_t<std::is_same_v<decltype(F::New()), typename F::Pointer>>());
IBG_DETECT(Compute, std::declval<F &>().Compute());
IBG_GETTER(GetOutput);
IBG_DETECT(PathOutputs, std::declval<F &>().GetOutput(0u)->EndOfInput());
IBG_GETTER(GetNumberOfIndexedOutputs);
IBG_GETTER(GetMinimum);
IBG_GETTER(GetMaximum);
IBG_GETTER(GetIndexOfMinimum);
IBG_GETTER(GetIndexOfMaximum);
IBG_GETTER(GetMean);
IBG_GETTER(GetSigma);
IBG_GETTER(GetVariance);
IBG_GETTER(GetSum);
IBG_GETTER(GetThreshold);
IBG_GETTER(GetThresholds);
IBG_GETTER(GetHausdorffDistance);
IBG_GETTER(GetAverageHausdorffDistance);
IBG_GETTER(GetDirectedHausdorffDistance);
IBG_GETTER(GetMeanDistance);
IBG_GETTER(GetContourDirectedMeanDistance);
IBG_GETTER(GetSimilarityIndex);
IBG_GETTER(GetIsolatedValue);
IBG_GETTER(GetObjectCount);
IBG_GETTER(GetNumberOfObjects);
IBG_GETTER(GetOriginalNumberOfObjects);
IBG_GETTER(GetThresholdValue);
IBG_GETTER(GetElapsedIterations);

IBG_DETECT_IMAGE(SetInput);
IBG_DETECT_IMAGE(SetInput1);
IBG_DETECT_IMAGE(SetInput2);
IBG_DETECT_IMAGE(SetInput3);
IBG_DETECT_IMAGE(SetFeatureImage);
IBG_DETECT_IMAGE(SetMarkerImage);
IBG_DETECT_IMAGE(SetMaskImage);

template <typename T, typename = void>
struct IsImage : std::false_type
{};
template <typename T>
struct IsImage<T, std::void_t<decltype(T::ImageDimension), typename T::PixelType>>
  : std::is_base_of<itk::ImageBase<T::ImageDimension>, T>
{};

template <typename P>
constexpr const char *
PixelTag()
{
  if constexpr (std::is_same_v<P, float>)
    return "F";
  else if constexpr (std::is_same_v<P, unsigned char>)
    return "UC";
  else if constexpr (std::is_same_v<P, short>)
    return "SS";
  else if constexpr (std::is_same_v<P, unsigned long>)
    return "UL";
  else if constexpr (std::is_same_v<P, itk::Vector<float, 2>>)
    return "VF";
  else
    static_assert(sizeof(P) == 0, "a pixel type the catalogue has no name for");
}

// The catalogue's name of an image type: its pixel's and its dimension ("F2", "UC3").
template <typename TImage>
std::string
Tag()
{
  return std::string(PixelTag<typename TImage::PixelType>()) + std::to_string(TImage::ImageDimension);
}

// Whether the pixel type is an integer: the parameters then take the integer choice.
template <typename P>
constexpr bool IsInteger = std::is_integral_v<P>;
} // namespace reference

#endif
