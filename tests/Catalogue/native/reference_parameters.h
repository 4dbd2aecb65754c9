// The parameters a filter is useless without (kernels, seeds, second inputs, regions, pads, thresholds, functors,
// difference functions, transforms), exactly as the C# runner sets them (Parameters.cs); every other filter keeps
// its defaults.
#ifndef catalogue_reference_parameters_h
#define catalogue_reference_parameters_h

namespace reference
{
IBG_DETECT(SetKernel, std::declval<F &>().SetKernel(std::declval<const typename F::KernelType &>()));
IBG_DETECT(SetNoiseSeed, std::declval<F &>().SetSeed(std::declval<uint32_t>()));
IBG_DETECT(AddSeed, std::declval<F &>().AddSeed(std::declval<const typename F::IndexType &>()));
IBG_DETECT(AddSeed1, std::declval<F &>().AddSeed1(std::declval<const typename F::IndexType &>()));
IBG_DETECT(AddSeed2, std::declval<F &>().AddSeed2(std::declval<const typename F::IndexType &>()));
IBG_DETECT(SetSeed, std::declval<F &>().SetSeed(std::declval<const typename F::InputImageIndexType &>()));
IBG_DETECT(SetLowerUpper, std::declval<F &>().SetLower(std::declval<typename F::InputImageType::PixelType>()),
           std::declval<F &>().SetUpper(std::declval<typename F::InputImageType::PixelType>()));
IBG_DETECT(SetSeedPoints, std::declval<F &>().SetSeedPoints1(std::declval<typename F::NodeContainer *>()));
IBG_DETECT(SetTrialPoints, std::declval<F &>().SetTrialPoints(std::declval<typename F::NodeContainer *>()));
IBG_DETECT(SetInputAt, std::declval<F &>().SetInput(1u, std::declval<const typename F::InputImageType *>()));
IBG_DETECT(SetLayout, std::declval<F &>().SetLayout(std::declval<typename F::LayoutArrayType>()));
IBG_DETECT(SetExtractionRegion,
           std::declval<F &>().SetExtractionRegion(std::declval<typename F::InputImageRegionType>()));
IBG_DETECT(SetRegionOfInterest,
           std::declval<F &>().SetRegionOfInterest(std::declval<typename F::InputImageType::RegionType>()));
IBG_DETECT(SetCropSizes, std::declval<F &>().SetLowerBoundaryCropSize(std::declval<typename F::SizeType>()));
IBG_DETECT(SetPadBounds, std::declval<F &>().SetPadLowerBound(std::declval<typename F::SizeType>()));
IBG_DETECT(SetShift, std::declval<F &>().SetShift(std::declval<typename F::OffsetType>()));
IBG_DETECT(SetFlipAxes, std::declval<F &>().SetFlipAxes(std::declval<typename F::FlipAxesArrayType>()));
IBG_DETECT(SetOrder, std::declval<F &>().SetOrder(std::declval<typename F::PermuteOrderArrayType>()));
IBG_DETECT(SetExpandFactors, std::declval<F &>().SetExpandFactors(2u));
IBG_DETECT(SetShrinkFactors, std::declval<F &>().SetShrinkFactors(2u));
IBG_DETECT(SetStep, std::declval<F &>().SetStep(2));
IBG_DETECT(SetThresholdBounds, std::declval<F &>().SetLowerThreshold(std::declval<typename F::InputPixelType>()));
IBG_DETECT(ThresholdOutside, std::declval<F &>().ThresholdOutside(std::declval<typename F::PixelType>(),
                                                                  std::declval<typename F::PixelType>()));
IBG_DETECT(SetThresholds, std::declval<F &>().SetThresholds(std::declval<typename F::ThresholdVector>()));
IBG_DETECT(SetBounds, std::declval<F &>().SetBounds(std::declval<typename F::OutputPixelType>(),
                                                    std::declval<typename F::OutputPixelType>()));
IBG_DETECT(SetChange, std::declval<F &>().SetChange(std::declval<typename F::InputPixelType>(),
                                                    std::declval<typename F::OutputPixelType>()));
IBG_DETECT(SetShiftScale, std::declval<F &>().SetShift(0.5), std::declval<F &>().SetScale(2.0));
IBG_DETECT(SetLevelSetValue, std::declval<F &>().SetLevelSetValue(0.6));
IBG_DETECT(SetContourValue, std::declval<F &>().SetContourValue(0.6));
IBG_DETECT(SetCalculator, std::declval<F &>().SetCalculator(std::declval<typename F::CalculatorType *>()));
// The generator filters also take any functor through a member template: ask for their own function type.
template <typename F, typename TFunction>
using IfFunction = std::enable_if_t<std::is_same_v<typename F::ValueFunctionType, TFunction>, F>;
IBG_DETECT(SetUnaryFunctor, std::declval<IfFunction<F, float(float)> &>().SetFunctor(std::declval<float (*)(float)>()));
IBG_DETECT(SetBinaryFunctor,
           std::declval<IfFunction<F, float(float, float)> &>().SetFunctor(std::declval<float (*)(float, float)>()));
IBG_DETECT(SetTernaryFunctor, std::declval<IfFunction<F, float(float, float, float)> &>().SetFunctor(
                                std::declval<float (*)(float, float, float)>()));
IBG_DETECT(SetDifferenceFunction,
           std::declval<F &>().SetDifferenceFunction(itk::LevelSetFunction<typename F::OutputImageType>::New()),
           std::declval<F &>().SetIsoSurfaceValue(0.6f));
IBG_DETECT(SetIsoSurfaceIterations, std::declval<F &>().SetIsoSurfaceValue(0.6f),
           std::declval<F &>().SetNumberOfIterations(5));
IBG_DETECT(SetPathInput, std::declval<F &>().SetPathInput(itk::PolyLineParametricPath<2>::New()));
IBG_DETECT(ZeroFluxNeumannBoundary, itk::CatalogueSupport::UseZeroFluxNeumannBoundary(&std::declval<F &>()));
IBG_DETECT(SetTransform, std::declval<F &>().SetTransform(nullptr), std::declval<F &>().SetInterpolator(nullptr),
           std::declval<F &>().SetSize(std::declval<typename F::SizeType>()));

// A value for a pixel type: the real choice for real pixels, the integer one for integer pixels.
template <typename T>
T
Pick(double real, double integer)
{
  return static_cast<T>(IsInteger<T> ? integer : real);
}

// An index, size or offset of an image's dimension from its first two or three values.
template <typename T>
T
Make(std::initializer_list<double> values)
{
  T result;
  auto value = values.begin();
  for (unsigned int i = 0; i < T::Dimension; ++i, ++value)
  {
    result[i] = static_cast<std::remove_reference_t<decltype(result[i])>>(*value);
  }
  return result;
}

// The seeds of the region-growing filters: one on the dark (left) side of the gradient, one on the bright side,
// mid-height (and mid-depth).
template <typename TIndex, typename TSize>
TIndex
Seed(const TSize & size, bool bright)
{
  TIndex index;
  for (unsigned int i = 0; i < TIndex::Dimension; ++i)
  {
    index[i] = static_cast<typename TIndex::IndexValueType>(size[i] / 2);
  }
  index[0] = bright ? static_cast<typename TIndex::IndexValueType>(size[0]) - 3 : 2;
  return index;
}

// The functors of the generator filters; the C# runner passes the same ones (FilterFunctions.cs).
inline float
Square(float x)
{
  return x * x;
}
inline float
Difference(float a, float b)
{
  return a - b;
}
inline float
SumLessThird(float a, float b, float c)
{
  return a + b - c;
}

template <typename F>
void
SetParameters(F & f, Context & c, const std::string & base)
{
  using In = typename F::InputImageType;
  using Pixel = typename In::PixelType;
  constexpr unsigned int D = In::ImageDimension;
  const auto size = [&c]() { return c.Image<In>("primary")->GetLargestPossibleRegion().GetSize(); };
#define IBG_REQUIRE(detector)                                                                                          \
  if constexpr (!Has_##detector<F>::value)                                                                             \
    Missing(base, #detector);                                                                                          \
  else

  if (OneOf(base, { "ClosingByReconstructionImageFilter", "OpeningByReconstructionImageFilter" }))
  {
    IBG_REQUIRE(SetKernel)
    {
      typename F::KernelType::RadiusType radius;
      radius.Fill(1);
      f.SetKernel(F::KernelType::Ball(radius));
    }
  }
  if (OneOf(base, { "AdditiveGaussianNoiseImageFilter", "SaltAndPepperNoiseImageFilter", "ShotNoiseImageFilter",
                    "SpeckleNoiseImageFilter" }))
  {
    // The default seed comes from the clock: a fixed one, so both sides draw the same numbers.
    IBG_REQUIRE(SetNoiseSeed) f.SetSeed(12345u);
  }
  if (OneOf(base, { "ConnectedThresholdImageFilter", "NeighborhoodConnectedImageFilter", "ConfidenceConnectedImageFilter" }))
  {
    IBG_REQUIRE(AddSeed) f.AddSeed(Seed<typename F::IndexType>(size(), false));
    if (base != "ConfidenceConnectedImageFilter")
    {
      IBG_REQUIRE(SetLowerUpper)
      {
        f.SetLower(Pick<Pixel>(0.0, 0));
        f.SetUpper(Pick<Pixel>(0.6, 100));
      }
    }
  }
  if (base == "IsolatedConnectedImageFilter")
  {
    IBG_REQUIRE(AddSeed1) f.AddSeed1(Seed<typename F::IndexType>(size(), false));
    IBG_REQUIRE(AddSeed2) f.AddSeed2(Seed<typename F::IndexType>(size(), true));
  }
  if (OneOf(base, { "GrayscaleConnectedClosingImageFilter", "GrayscaleConnectedOpeningImageFilter" }))
  {
    IBG_REQUIRE(SetSeed) f.SetSeed(Seed<typename F::InputImageIndexType>(size(), false));
  }
  if (base == "CollidingFrontsImageFilter")
  {
    IBG_REQUIRE(SetSeedPoints)
    {
      for (const bool bright : { false, true })
      {
        auto points = F::NodeContainer::New();
        typename F::NodeType node;
        node.SetIndex(Seed<typename F::NodeType::IndexType>(size(), bright));
        node.SetValue(0);
        points->InsertElement(0, node);
        bright ? f.SetSeedPoints2(points) : f.SetSeedPoints1(points);
      }
    }
  }
  if (base == "FastMarchingImageFilter")
  {
    IBG_REQUIRE(SetTrialPoints)
    {
      auto                  points = F::NodeContainer::New();
      typename F::NodeType node;
      node.SetIndex(Seed<typename F::NodeType::IndexType>(size(), false));
      node.SetValue(0);
      points->InsertElement(0, node);
      f.SetTrialPoints(points);
    }
  }
  if (OneOf(base, { "TileImageFilter", "JoinSeriesImageFilter", "NaryAddImageFilter", "NaryMaximumImageFilter",
                    "STAPLEImageFilter", "LabelVotingImageFilter" }))
  {
    IBG_REQUIRE(SetInputAt) f.SetInput(1u, c.Image<In>("secondary"));
  }
  if (base == "TileImageFilter")
  {
    IBG_REQUIRE(SetLayout)
    {
      typename F::LayoutArrayType layout;
      layout.Fill(1);
      layout[F::LayoutArrayType::Dimension - 1] = 2;
      f.SetLayout(layout);
    }
  }
  if (base == "ExtractImageFilter")
  {
    IBG_REQUIRE(SetExtractionRegion)
    {
      using Region = typename F::InputImageRegionType;
      if constexpr (D == 3)
      {
        // One slice of the volume: a 2D image.
        const auto whole = size();
        f.SetExtractionRegion(Region(Make<typename Region::IndexType>({ 0, 0, 4 }),
                                     Make<typename Region::SizeType>({ double(whole[0]), double(whole[1]), 0 })));
        f.SetDirectionCollapseToSubmatrix();
      }
      else
      {
        f.SetExtractionRegion(
          Region(Make<typename Region::IndexType>({ 2, 3 }), Make<typename Region::SizeType>({ 10, 8 })));
      }
    }
  }
  if (base == "RegionOfInterestImageFilter")
  {
    IBG_REQUIRE(SetRegionOfInterest)
    {
      using Region = typename In::RegionType;
      f.SetRegionOfInterest(Region(Make<typename Region::IndexType>({ 2, 3, 1 }), Make<typename Region::SizeType>({ 10, 8, 6 })));
    }
  }
  if (base == "CropImageFilter")
  {
    IBG_REQUIRE(SetCropSizes)
    {
      f.SetLowerBoundaryCropSize(Make<typename F::SizeType>({ 2, 1, 1 }));
      f.SetUpperBoundaryCropSize(Make<typename F::SizeType>({ 1, 2, 2 }));
    }
  }
  if (OneOf(base, { "PadImageFilter", "ConstantPadImageFilter", "MirrorPadImageFilter", "WrapPadImageFilter",
                    "ZeroFluxNeumannPadImageFilter" }))
  {
    IBG_REQUIRE(SetPadBounds)
    {
      f.SetPadLowerBound(Make<typename F::SizeType>({ 2, 1, 1 }));
      f.SetPadUpperBound(Make<typename F::SizeType>({ 1, 3, 2 }));
    }
  }
  if (base == "PadImageFilter")
  {
    IBG_REQUIRE(ZeroFluxNeumannBoundary) itk::CatalogueSupport::UseZeroFluxNeumannBoundary(&f);
  }
  if (base == "CyclicShiftImageFilter")
  {
    IBG_REQUIRE(SetShift) f.SetShift(Make<typename F::OffsetType>({ 3, -2, 1 }));
  }
  if (base == "FlipImageFilter")
  {
    IBG_REQUIRE(SetFlipAxes)
    {
      typename F::FlipAxesArrayType axes;
      for (unsigned int i = 0; i < D; ++i)
      {
        axes[i] = i != 1;
      }
      f.SetFlipAxes(axes);
    }
  }
  if (base == "PermuteAxesImageFilter")
  {
    IBG_REQUIRE(SetOrder)
    {
      typename F::PermuteOrderArrayType order;
      for (unsigned int i = 0; i < D; ++i)
      {
        order[i] = (i + 1) % D;
      }
      f.SetOrder(order);
    }
  }
  if (base == "ExpandImageFilter")
  {
    IBG_REQUIRE(SetExpandFactors) f.SetExpandFactors(2u);
  }
  if (OneOf(base, { "ShrinkImageFilter", "BinShrinkImageFilter" }))
  {
    IBG_REQUIRE(SetShrinkFactors) f.SetShrinkFactors(2u);
  }
  if (base == "SliceImageFilter")
  {
    IBG_REQUIRE(SetStep) f.SetStep(2);
  }
  if (base == "BinaryThresholdImageFilter")
  {
    IBG_REQUIRE(SetThresholdBounds)
    {
      f.SetLowerThreshold(Pick<typename F::InputPixelType>(0.5, 100));
      f.SetUpperThreshold(Pick<typename F::InputPixelType>(0.9, 255));
    }
  }
  if (base == "ThresholdImageFilter")
  {
    IBG_REQUIRE(ThresholdOutside)
    f.ThresholdOutside(Pick<typename F::PixelType>(0.4, 1), Pick<typename F::PixelType>(0.9, 3));
  }
  if (base == "ThresholdLabelerImageFilter")
  {
    IBG_REQUIRE(SetThresholds)
    f.SetThresholds(typename F::ThresholdVector{ Pick<typename F::InputPixelType>(0.4, 1), Pick<typename F::InputPixelType>(0.8, 2) });
  }
  if (base == "ClampImageFilter")
  {
    IBG_REQUIRE(SetBounds) f.SetBounds(Pick<typename F::OutputPixelType>(0.3, 1), Pick<typename F::OutputPixelType>(0.9, 2));
  }
  if (base == "ChangeLabelImageFilter")
  {
    IBG_REQUIRE(SetChange) f.SetChange(0, 9);
  }
  if (base == "ShiftScaleImageFilter")
  {
    IBG_REQUIRE(SetShiftScale)
    {
      f.SetShift(0.5);
      f.SetScale(2.0);
    }
  }
  if (base == "IsoContourDistanceImageFilter")
  {
    IBG_REQUIRE(SetLevelSetValue) f.SetLevelSetValue(0.6);
  }
  if (base == "ContourExtractor2DImageFilter")
  {
    IBG_REQUIRE(SetContourValue) f.SetContourValue(0.6);
  }
  if (base == "HistogramThresholdImageFilter")
  {
    IBG_REQUIRE(SetCalculator)
    f.SetCalculator(itk::OtsuThresholdCalculator<typename F::HistogramType, typename F::InputPixelType>::New());
  }
  if (base == "ExtractOrthogonalSwath2DImageFilter")
  {
    // A straight path across the image, mid-height.
    IBG_REQUIRE(SetPathInput)
    {
      auto path = itk::PolyLineParametricPath<2>::New();
      for (const double x : { 2.0, 21.0 })
      {
        itk::ContinuousIndex<double, 2> vertex;
        vertex[0] = x;
        vertex[1] = 10;
        path->AddVertex(vertex);
      }
      f.SetPathInput(path);
    }
  }
  if (base == "UnaryGeneratorImageFilter")
  {
    IBG_REQUIRE(SetUnaryFunctor) f.SetFunctor(&Square);
  }
  if (base == "BinaryGeneratorImageFilter")
  {
    IBG_REQUIRE(SetBinaryFunctor) f.SetFunctor(&Difference);
  }
  if (base == "TernaryGeneratorImageFilter")
  {
    IBG_REQUIRE(SetTernaryFunctor) f.SetFunctor(&SumLessThird);
  }
  if (OneOf(base, { "SparseFieldLevelSetImageFilter", "ParallelSparseFieldLevelSetImageFilter" }))
  {
    // A level set moved by its curvature alone, around the input's 0.6 iso-line, for a few iterations.
    IBG_REQUIRE(SetDifferenceFunction)
    {
      auto function = itk::LevelSetFunction<typename F::OutputImageType>::New();
      typename itk::LevelSetFunction<typename F::OutputImageType>::RadiusType radius;
      radius.Fill(1);
      function->Initialize(radius);
      function->SetCurvatureWeight(1);
      f.SetDifferenceFunction(function);
      f.SetIsoSurfaceValue(0.6f);
      f.SetNumberOfIterations(5);
    }
  }
  if (OneOf(base, { "NarrowBandThresholdSegmentationLevelSetImageFilter", "NarrowBandCurvesLevelSetImageFilter" }))
  {
    // ITK's defaults (the zero level set, 1000 iterations) crash in ITK on these images: the 0.6 iso-line.
    IBG_REQUIRE(SetIsoSurfaceIterations)
    {
      f.SetIsoSurfaceValue(0.6f);
      f.SetNumberOfIterations(5);
      // One work unit, as Parameters.cs says: several race on a shared std::vector<bool> in NarrowBandImageFilterBase.
      f.SetNumberOfWorkUnits(1);
    }
  }
  if (base == "ResampleImageFilter")
  {
    // Real pixels through a rotation about the centre with linear interpolation; integer pixels (labels) through an
    // affine scaling with nearest-neighbour interpolation; onto the input's grid.
    IBG_REQUIRE(SetTransform)
    {
      const auto                    whole = size();
      typename F::TransformType::InputPointType center;
      for (unsigned int i = 0; i < D; ++i)
      {
        center[i] = (static_cast<double>(whole[i]) - 1) / 2;
      }
      if constexpr (IsInteger<Pixel>)
      {
        auto affine = itk::AffineTransform<double, D>::New();
        affine->SetCenter(center);
        affine->Scale(1.1);
        f.SetTransform(affine);
        f.SetInterpolator(itk::NearestNeighborInterpolateImageFunction<In, double>::New());
      }
      else
      {
        typename F::TransformType::OutputVectorType translation;
        translation.Fill(0);
        translation[0] = 0.5;
        translation[1] = -0.3;
        if constexpr (D == 2)
        {
          auto euler = itk::Euler2DTransform<double>::New();
          euler->SetCenter(center);
          euler->SetAngle(0.1);
          euler->SetTranslation(translation);
          f.SetTransform(euler);
        }
        else
        {
          auto euler = itk::Euler3DTransform<double>::New();
          euler->SetCenter(center);
          euler->SetRotation(0.1, 0.05, -0.1);
          euler->SetTranslation(translation);
          f.SetTransform(euler);
        }
        f.SetInterpolator(itk::LinearInterpolateImageFunction<In, double>::New());
      }
      f.SetSize(whole);
    }
  }
#undef IBG_REQUIRE
}
} // namespace reference

#endif
