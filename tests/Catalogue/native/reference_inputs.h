// The images a filter is given, as the C# runner gives them (Inputs.cs): each image setter the filter has gets the
// first image type it takes, in the order F2, UC2, F3, UC3, SS3; the role says which image of that type.
#ifndef catalogue_reference_inputs_h
#define catalogue_reference_inputs_h

namespace reference
{
// A test image for a setter that takes a non-const image (StatisticsRelabelImageFilter's SetFeatureImage), as the C#
// proxy passes it; the image is made for this filter alone (Context::BeginFilter).
template <typename TImage>
TImage *
Mutable(const TImage * image)
{
  return const_cast<TImage *>(image);
}

// Filters whose mask selects the pixels they work on: they get one; a filter with an optional mask gets none.
inline bool
TakesMask(const std::string & base)
{
  return OneOf(base, { "MaskImageFilter", "MaskNegatedImageFilter", "N4BiasFieldCorrectionImageFilter",
                       "HistogramThresholdImageFilter", "HuangThresholdImageFilter", "IntermodesThresholdImageFilter",
                       "IsoDataThresholdImageFilter", "KittlerIllingworthThresholdImageFilter", "LiThresholdImageFilter",
                       "MaximumEntropyThresholdImageFilter", "MomentsThresholdImageFilter", "OtsuThresholdImageFilter",
                       "RenyiEntropyThresholdImageFilter", "ShanbhagThresholdImageFilter", "TriangleThresholdImageFilter",
                       "YenThresholdImageFilter" });
}

#define IBG_INPUT(setter, role)                                                                                        \
  if constexpr (Takes_##setter<F, itk::Image<float, 2>>::value)                                                        \
    f.setter(Mutable(c.Image<itk::Image<float, 2>>(role)));                                                                     \
  else if constexpr (Takes_##setter<F, itk::Image<unsigned char, 2>>::value)                                           \
    f.setter(Mutable(c.Image<itk::Image<unsigned char, 2>>(role)));                                                             \
  else if constexpr (Takes_##setter<F, itk::Image<float, 3>>::value)                                                   \
    f.setter(Mutable(c.Image<itk::Image<float, 3>>(role)));                                                                     \
  else if constexpr (Takes_##setter<F, itk::Image<unsigned char, 3>>::value)                                           \
    f.setter(Mutable(c.Image<itk::Image<unsigned char, 3>>(role)));                                                             \
  else if constexpr (Takes_##setter<F, itk::Image<short, 3>>::value)                                                   \
    f.setter(Mutable(c.Image<itk::Image<short, 3>>(role)));

template <typename F>
void
SetInputs(F & f, Context & c, const std::string & base)
{
  IBG_INPUT(SetInput, "primary")
  IBG_INPUT(SetInput1, "primary")
  IBG_INPUT(SetInput2, "secondary")
  IBG_INPUT(SetInput3, "tertiary")
  IBG_INPUT(SetFeatureImage, "primary")
  IBG_INPUT(SetMarkerImage, "secondary")
  // A mask: the image a marker grows under (reconstruction, geodesic filters), or a mask that selects pixels.
  if (TakesMask(base) ||
      (Takes_SetMarkerImage<F, itk::Image<float, 2>>::value || Takes_SetMarkerImage<F, itk::Image<unsigned char, 2>>::value ||
       Takes_SetMarkerImage<F, itk::Image<float, 3>>::value || Takes_SetMarkerImage<F, itk::Image<unsigned char, 3>>::value ||
       Takes_SetMarkerImage<F, itk::Image<short, 3>>::value))
  {
    IBG_INPUT(SetMaskImage, "primary")
  }
  if (base == "ApproximateSignedDistanceMapImageFilter")
  {
    // A binary input gets the ball (TestImages.cs says why).
    if constexpr (Takes_SetInput<F, itk::Image<unsigned char, 2>>::value)
      f.SetInput(c.Image<itk::Image<unsigned char, 2>>("ball"));
    else if constexpr (Takes_SetInput<F, itk::Image<unsigned char, 3>>::value)
      f.SetInput(c.Image<itk::Image<unsigned char, 3>>("ball"));
  }
  if (base == "ReconstructionByErosionImageFilter")
  {
    // Erosion shrinks a marker down onto its mask: the marker must lie above it (dilation's, below).
    IBG_INPUT(SetMarkerImage, "primary")
    IBG_INPUT(SetMaskImage, "secondary")
  }
}
#undef IBG_INPUT
} // namespace reference

#endif
