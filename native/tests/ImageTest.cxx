// Size/Index/Region value types and Image storage.
#include "itkImage.h"
#include "itkMultiThreaderBase.h"

#include <gtest/gtest.h>

// Compile-time coverage of the supported pixel types and dimensions.
template class itk::Image<float, 2>;
template class itk::Image<float, 3>;
template class itk::Image<double, 2>;
template class itk::Image<double, 3>;
template class itk::Image<unsigned char, 2>;
template class itk::Image<unsigned char, 3>;
template class itk::Image<short, 2>;
template class itk::Image<short, 3>;

namespace
{

TEST(ValueTypes, BraceInitializationLikeItk)
{
  itk::Size<2> size{ { 2, 3 } };
  EXPECT_EQ(size[0], 2u);
  EXPECT_EQ(size[1], 3u);
  EXPECT_EQ(size.CalculateProductOfElements(), 6u);
  itk::Index<3> index{ { -1, 2, 5 } };
  EXPECT_EQ(index[0], -1);
  itk::Offset<3> offset{ { 1, 1, 1 } };
  EXPECT_EQ((index + offset)[2], 6);
  EXPECT_EQ(itk::Size<3>::Filled(4)[2], 4u);
  itk::Vector<double, 2> v(1.5);
  EXPECT_DOUBLE_EQ(v[1], 1.5);
  itk::Point<double, 2> p;
  p.Fill(1.0);
  EXPECT_DOUBLE_EQ((p + v)[0], 2.5);
  EXPECT_DOUBLE_EQ((p - p).GetNorm(), 0.0);
}

TEST(ValueTypes, RegionQueries)
{
  itk::ImageRegion<2> region({ { 1, 2 } }, { { 3, 4 } });
  EXPECT_EQ(region.GetNumberOfPixels(), 12u);
  EXPECT_TRUE(region.IsInside(itk::Index<2>{ { 1, 2 } }));
  EXPECT_TRUE(region.IsInside(itk::Index<2>{ { 3, 5 } }));
  EXPECT_FALSE(region.IsInside(itk::Index<2>{ { 4, 5 } }));
  EXPECT_FALSE(region.IsInside(itk::Index<2>{ { 0, 2 } }));
  EXPECT_EQ(region.GetUpperIndex(), (itk::Index<2>{ { 3, 5 } }));
  itk::ImageRegion<2> other = region;
  other.PadByRadius(1);
  EXPECT_EQ(other.GetSize(), (itk::Size<2>{ { 5, 6 } }));
  EXPECT_TRUE(other.Crop(region));
  EXPECT_EQ(other, region);
  itk::ImageRegion<2> r2;
  r2.SetIndex({ { 0, 0 } });
  r2.SetSize({ { 2, 2 } });
  EXPECT_EQ(r2.GetSize(1), 2u);
}

TEST(Image, AllocateGetSetFill)
{
  using ImageType = itk::Image<short, 3>;
  auto image = ImageType::New();
  ImageType::RegionType region({ { 10, 20, 30 } }, { { 4, 5, 6 } });
  image->SetRegions(region);
  image->Allocate(true);
  EXPECT_EQ(image->GetLargestPossibleRegion(), region);
  EXPECT_EQ(image->GetBufferedRegion(), region);
  EXPECT_EQ(image->GetRequestedRegion(), region);
  EXPECT_EQ(image->GetBufferSize(), 120u);
  for (itk::SizeValueType i = 0; i < 120; ++i)
  {
    EXPECT_EQ(image->GetBufferPointer()[i], 0);
  }
  image->FillBuffer(3);
  const ImageType::IndexType idx{ { 11, 22, 33 } };
  image->SetPixel(idx, 77);
  EXPECT_EQ(image->GetPixel(idx), 77);
  // Contiguous buffer, x fastest.
  const itk::SizeValueType linear = 1 + 2 * 4 + 3 * 4 * 5;
  EXPECT_EQ(image->GetBufferPointer()[linear], 77);
  EXPECT_EQ(image->ComputeOffset(idx), static_cast<long>(linear));
  EXPECT_EQ(image->ComputeIndex(static_cast<long>(linear)), idx);
  const ImageType * constImage = image.GetPointer();
  EXPECT_EQ(constImage->GetBufferPointer()[0], 3);
}

TEST(Image, SpacingOriginAndSizeOnlyRegions)
{
  using ImageType = itk::Image<float, 2>;
  auto image = ImageType::New();
  image->SetRegions(ImageType::SizeType{ { 3, 2 } });
  EXPECT_EQ(image->GetLargestPossibleRegion().GetIndex(), (ImageType::IndexType{ { 0, 0 } }));
  EXPECT_DOUBLE_EQ(image->GetSpacing()[0], 1.0);
  ImageType::SpacingType spacing;
  spacing[0] = 0.5;
  spacing[1] = 2.0;
  image->SetSpacing(spacing);
  const double origin[2] = { -1.0, 4.0 };
  image->SetOrigin(origin);
  EXPECT_EQ(image->GetSpacing(), spacing);
  EXPECT_DOUBLE_EQ(image->GetOrigin()[1], 4.0);
  const double raw[2] = { 3.0, 4.0 };
  image->SetSpacing(raw);
  EXPECT_DOUBLE_EQ(image->GetSpacing()[1], 4.0);
  const auto before = image->GetMTime();
  image->SetSpacing(raw); // unchanged value: no modification
  EXPECT_EQ(image->GetMTime(), before);
  image->Modified();
  EXPECT_GT(image->GetMTime(), before);
}

TEST(Image, GraftSharesBuffer)
{
  using ImageType = itk::Image<unsigned char, 2>;
  auto a = ImageType::New();
  a->SetRegions(ImageType::SizeType{ { 4, 4 } });
  a->Allocate(true);
  auto b = ImageType::New();
  b->Graft(a);
  EXPECT_EQ(b->GetBufferPointer(), a->GetBufferPointer());
  a = nullptr; // the buffer survives in b
  b->FillBuffer(9);
  EXPECT_EQ(b->GetPixel({ { 3, 3 } }), 9);
}

TEST(MultiThreader, SplitRegionCoversEverythingOnce)
{
  itk::ImageRegion<3> region({ { 1, 2, 3 } }, { { 5, 7, 10 } });
  for (unsigned int pieces : { 1u, 2u, 3u, 4u, 16u })
  {
    auto split = itk::MultiThreaderBase::SplitRegion(region, pieces);
    EXPECT_EQ(split.size(), std::min<std::size_t>(pieces, 10));
    itk::SizeValueType total = 0;
    long next = 3;
    for (const auto & p : split)
    {
      EXPECT_EQ(p.GetIndex(2), next);
      next += static_cast<long>(p.GetSize(2));
      total += p.GetNumberOfPixels();
    }
    EXPECT_EQ(total, region.GetNumberOfPixels());
  }
  // A last dimension of size 1 is skipped.
  itk::ImageRegion<3> flat({ { 0, 0, 0 } }, { { 4, 6, 1 } });
  auto split = itk::MultiThreaderBase::SplitRegion(flat, 3);
  ASSERT_EQ(split.size(), 3u);
  EXPECT_EQ(split[1].GetSize(1), 2u);
}

TEST(MultiThreader, GlobalDefaultsAndParallelizeArray)
{
  const itk::ThreadIdType saved = itk::MultiThreaderBase::GetGlobalDefaultNumberOfThreads();
  EXPECT_GE(saved, 1u);
  itk::MultiThreaderBase::SetGlobalDefaultNumberOfThreads(3);
  EXPECT_EQ(itk::MultiThreaderBase::GetGlobalDefaultNumberOfThreads(), 3u);
  auto threader = itk::MultiThreaderBase::New();
  EXPECT_EQ(threader->GetNumberOfWorkUnits(), 3u);
  itk::MultiThreaderBase::SetGlobalDefaultNumberOfThreads(saved);

  std::vector<int> hits(1000, 0);
  threader->SetNumberOfWorkUnits(4);
  threader->ParallelizeArray(0, hits.size(), [&](itk::SizeValueType i) { hits[i] += 1; }, nullptr);
  for (int h : hits)
  {
    EXPECT_EQ(h, 1);
  }
  EXPECT_THROW(threader->ParallelizeArray(
                 0, 100, [](itk::SizeValueType i) { if (i == 77) throw std::runtime_error("boom"); }, nullptr),
               std::runtime_error);
}
} // namespace
