// The C++ side of the catalogue: runs a filter as the C# runner does (tests/Catalogue/FilterRun.cs: the same input
// images, the same parameters) and writes its image output as <name>.mha and its value results as <name>.values.txt.
#ifndef catalogue_reference_h
#define catalogue_reference_h

#include "reference_includes.h"
#include "reference_detect.h"

#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace reference
{
// Where the inputs are read from (written by the C# runner) and the outputs written; the inputs read once.
class Context
{
public:
  Context(std::string inputs, std::string outputs, std::set<std::string> skipped)
    : m_Inputs(std::move(inputs))
    , m_Outputs(std::move(outputs))
    , m_Skipped(std::move(skipped))
  {}

  // The input image of a role ("primary", "secondary", "tertiary") for an image type, read from <role>-<type>.mha:
  // a new one for each filter (BeginFilter), as the C# runner makes them, since in-place filters overwrite theirs.
  template <typename TImage>
  const TImage *
  Image(const std::string & role)
  {
    const std::string file = m_Inputs + "/" + role + "-" + Tag<TImage>() + ".mha";
    auto found = m_Images.find(file);
    if (found == m_Images.end())
    {
      auto reader = itk::ImageFileReader<TImage>::New();
      reader->SetFileName(file);
      reader->Update();
      typename TImage::Pointer image = reader->GetOutput();
      image->DisconnectPipeline();
      found = m_Images.emplace(file, itk::DataObject::Pointer(image.GetPointer())).first;
    }
    return static_cast<const TImage *>(found->second.GetPointer());
  }

  void
  BeginFilter()
  {
    m_Images.clear();
  }

  std::string
  Output(const std::string & name, const char * extension) const
  {
    return m_Outputs + "/" + name + extension;
  }

  bool
  Skipped(const std::string & name) const
  {
    return m_Skipped.count(name) > 0;
  }

  int Ran = 0;
  std::vector<std::string> Failures;

private:
  std::string             m_Inputs;
  std::string             m_Outputs;
  std::set<std::string>   m_Skipped;
  std::map<std::string, itk::DataObject::Pointer> m_Images;
};

// The catalogue's name of a filter without its type suffix: "OtsuThresholdImageFilterF2UC2" -> "OtsuThresholdImageFilter".
inline std::string
BaseName(const std::string & name)
{
  for (const char * end : { "Filter", "Calculator" })
  {
    const auto at = name.rfind(end);
    if (at != std::string::npos)
    {
      return name.substr(0, at + std::char_traits<char>::length(end));
    }
  }
  return name;
}

inline bool
OneOf(const std::string & base, std::initializer_list<const char *> names)
{
  for (const char * name : names)
  {
    if (base == name)
    {
      return true;
    }
  }
  return false;
}

[[noreturn]] inline void
Missing(const std::string & base, const char * member)
{
  throw std::runtime_error(base + " has no " + member + ", which the catalogue's parameters for it use");
}

// Values with every digit a double has, so the C# side can compare them exactly.
class Values
{
public:
  template <typename T>
  void
  Add(const std::string & key, const T & value)
  {
    m_Text << key;
    Append(value);
    m_Text << '\n';
  }

  std::string
  Text() const
  {
    return m_Text.str();
  }

private:
  void
  Number(double value)
  {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, " %.17g", value);
    m_Text << buffer;
  }

  template <typename T>
  void
  Append(const T & value)
  {
    if constexpr (std::is_arithmetic_v<T>)
    {
      Number(static_cast<double>(value));
    }
    else
    {
      for (const auto & item : value)
      {
        Number(static_cast<double>(item));
      }
    }
  }

  std::ostringstream m_Text;
};

// The value results the catalogue compares by value, a filter at a time (the C# side calls the getters these lines name).
template <typename F>
void
AddValues(F & f, const std::string & base, Values & values)
{
#define IBG_VALUE(getter)                                                                                              \
  if constexpr (Has_##getter<F>::value)                                                                                \
  {                                                                                                                    \
    values.Add(#getter, f.getter());                                                                                   \
  }                                                                                                                    \
  else                                                                                                                 \
  {                                                                                                                    \
    Missing(base, #getter);                                                                                            \
  }
  if (OneOf(base, { "StatisticsImageFilter" }))
  {
    IBG_VALUE(GetMinimum) IBG_VALUE(GetMaximum) IBG_VALUE(GetMean) IBG_VALUE(GetSigma) IBG_VALUE(GetVariance)
    IBG_VALUE(GetSum)
  }
  if (OneOf(base, { "MinimumMaximumImageFilter" }))
  {
    IBG_VALUE(GetMinimum) IBG_VALUE(GetMaximum)
  }
  if (OneOf(base, { "MinimumMaximumImageCalculator" }))
  {
    IBG_VALUE(GetMinimum) IBG_VALUE(GetMaximum) IBG_VALUE(GetIndexOfMinimum) IBG_VALUE(GetIndexOfMaximum)
  }
  if (OneOf(base, { "HistogramThresholdImageFilter", "HuangThresholdImageFilter", "IntermodesThresholdImageFilter",
                    "IsoDataThresholdImageFilter", "KittlerIllingworthThresholdImageFilter", "LiThresholdImageFilter",
                    "MaximumEntropyThresholdImageFilter", "MomentsThresholdImageFilter", "OtsuThresholdImageFilter",
                    "RenyiEntropyThresholdImageFilter", "ShanbhagThresholdImageFilter", "TriangleThresholdImageFilter",
                    "YenThresholdImageFilter" }))
  {
    IBG_VALUE(GetThreshold)
  }
  if (OneOf(base, { "OtsuMultipleThresholdsImageFilter" }))
  {
    IBG_VALUE(GetThresholds)
  }
  if (OneOf(base, { "HausdorffDistanceImageFilter" }))
  {
    IBG_VALUE(GetHausdorffDistance) IBG_VALUE(GetAverageHausdorffDistance)
  }
  if (OneOf(base, { "DirectedHausdorffDistanceImageFilter" }))
  {
    IBG_VALUE(GetDirectedHausdorffDistance) IBG_VALUE(GetAverageHausdorffDistance)
  }
  if (OneOf(base, { "ContourMeanDistanceImageFilter" }))
  {
    IBG_VALUE(GetMeanDistance)
  }
  if (OneOf(base, { "ContourDirectedMeanDistanceImageFilter" }))
  {
    IBG_VALUE(GetContourDirectedMeanDistance)
  }
  if (OneOf(base, { "SimilarityIndexImageFilter" }))
  {
    IBG_VALUE(GetSimilarityIndex)
  }
  if (OneOf(base, { "IsolatedConnectedImageFilter", "IsolatedWatershedImageFilter" }))
  {
    IBG_VALUE(GetIsolatedValue)
  }
  if (OneOf(base, { "ConfidenceConnectedImageFilter" }))
  {
    IBG_VALUE(GetMean) IBG_VALUE(GetVariance)
  }
  if (OneOf(base, { "ConnectedComponentImageFilter" }))
  {
    IBG_VALUE(GetObjectCount)
  }
  if (OneOf(base, { "RelabelComponentImageFilter" }))
  {
    IBG_VALUE(GetNumberOfObjects) IBG_VALUE(GetOriginalNumberOfObjects)
  }
  if (OneOf(base, { "ThresholdMaximumConnectedComponentsImageFilter" }))
  {
    IBG_VALUE(GetThresholdValue) IBG_VALUE(GetNumberOfObjects)
  }
  if (OneOf(base, { "STAPLEImageFilter", "N4BiasFieldCorrectionImageFilter" }))
  {
    IBG_VALUE(GetElapsedIterations)
  }
#undef IBG_VALUE
  if (OneOf(base, { "ContourExtractor2DImageFilter" }))
  {
    // Each contour as the points of its path at each vertex.
    if constexpr (Has_GetNumberOfIndexedOutputs<F>::value && Has_PathOutputs<F>::value)
    {
      values.Add("GetNumberOfIndexedOutputs", f.GetNumberOfIndexedOutputs());
      for (unsigned int i = 0; i < f.GetNumberOfIndexedOutputs(); ++i)
      {
        const auto *        path = f.GetOutput(i);
        std::vector<double> points;
        for (double t = path->StartOfInput(); t <= path->EndOfInput(); t += 1)
        {
          const auto point = path->Evaluate(t);
          points.insert(points.end(), point.Begin(), point.End());
        }
        values.Add("GetOutput(" + std::to_string(i) + ")", points);
      }
    }
    else
    {
      Missing(base, "GetOutput(i)");
    }
  }
}

} // namespace reference

#include "reference_inputs.h"
#include "reference_parameters.h"

namespace reference
{
template <typename F>
void
WriteResults(F & f, Context & c, const std::string & name, const std::string & base)
{
  if constexpr (Has_GetOutput<F>::value)
  {
    using Output = std::remove_const_t<std::remove_pointer_t<decltype(f.GetOutput())>>;
    if constexpr (IsImage<Output>::value)
    {
      auto writer = itk::ImageFileWriter<Output>::New();
      writer->SetInput(f.GetOutput());
      writer->SetFileName(c.Output(name, ".mha"));
      writer->Update();
    }
  }
  Values values;
  AddValues(f, base, values);
  const auto text = values.Text();
  if (!text.empty())
  {
    std::ofstream(c.Output(name, ".values.txt")) << text;
  }
}

// Runs one filter (or an image calculator) of the catalogue and writes what it gave; a failure is written as
// <name>.error.txt, for the C# side to report against that filter.
template <typename F>
void
Run(Context & c, const char * name)
{
  if constexpr (Has_New<F>::value)
  {
    if (c.Skipped(name))
    {
      return;
    }
    const std::string base = BaseName(name);
    try
    {
      c.BeginFilter();
      auto filter = F::New();
      if constexpr (Has_Compute<F>::value)
      {
        filter->SetImage(c.Image<typename F::ImageType>("primary"));
        filter->Compute();
      }
      else
      {
        SetInputs(*filter, c, base);
        SetParameters(*filter, c, base);
        filter->Update();
      }
      WriteResults(*filter, c, name, base);
      ++c.Ran;
    }
    catch (const std::exception & e)
    {
      std::ofstream(c.Output(name, ".error.txt")) << e.what() << '\n';
      c.Failures.push_back(std::string(name) + ": " + e.what());
    }
  }
}
} // namespace reference

#endif
