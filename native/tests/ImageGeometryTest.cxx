// Direction cosines and ITK's point/index conversions on ImageBase; the expected values are ITK 5.2's.
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace
{
using Image2 = itk::Image<float, 2>;
using Image3 = itk::Image<unsigned char, 3>;

Image2::Pointer
Anisotropic()
{
  auto image = Image2::New();
  image->SetRegions(Image2::SizeType{ { 4, 3 } });
  image->SetSpacing(Image2::SpacingType(std::array<double, 2>{ 0.5, 2.0 }.data()));
  image->SetOrigin(Image2::PointType(std::array<double, 2>{ 10.0, -4.0 }.data()));
  return image;
}

// Index axis 0 points along +y, axis 1 along -x.
Image2::Pointer
Rotated()
{
  auto image = Image2::New();
  image->SetRegions(Image2::SizeType{ { 5, 5 } });
  image->SetSpacing(Image2::SpacingType(std::array<double, 2>{ 2.0, 3.0 }.data()));
  image->SetOrigin(Image2::PointType(std::array<double, 2>{ 1.0, 1.0 }.data()));
  Image2::DirectionType direction;
  direction[0][1] = -1.0;
  direction[1][0] = 1.0;
  image->SetDirection(direction);
  return image;
}

itk::Point<double, 2>
P(double x, double y)
{
  return itk::Point<double, 2>(std::array<double, 2>{ x, y }.data());
}

TEST(Matrix, IdentityProductInverseAndSingular)
{
  using M = itk::Matrix<double, 2, 2>;
  M m;
  m[0][1] = -3.0;
  m[1][0] = 2.0;
  const M inverse = m.GetInverse();
  EXPECT_DOUBLE_EQ(inverse[0][1], 0.5);
  EXPECT_DOUBLE_EQ(inverse[1][0], -1.0 / 3.0);
  EXPECT_EQ(m * inverse, M::GetIdentity());
  EXPECT_EQ(m.GetTranspose()[1][0], -3.0);
  const auto v = m * itk::Vector<double, 2>(std::array<double, 2>{ 1.0, 2.0 }.data());
  EXPECT_DOUBLE_EQ(v[0], -6.0);
  EXPECT_DOUBLE_EQ(v[1], 2.0);
  EXPECT_THROW(M().GetInverse(), itk::ExceptionObject);
}

TEST(ImageGeometry, DirectionDefaultsToIdentityAndMustBeInvertible)
{
  auto image = Image2::New();
  EXPECT_EQ(image->GetDirection(), Image2::DirectionType::GetIdentity());
  EXPECT_EQ(image->GetInverseDirection(), Image2::DirectionType::GetIdentity());
  EXPECT_THROW(image->SetDirection(Image2::DirectionType()), itk::ExceptionObject);
  EXPECT_EQ(image->GetDirection(), Image2::DirectionType::GetIdentity());
}

TEST(ImageGeometry, PointToIndexRoundsHalvesUp)
{
  auto image = Anisotropic();
  EXPECT_EQ(image->TransformPhysicalPointToIndex(P(11.2, 1.0)), (Image2::IndexType{ { 2, 3 } }));
  EXPECT_EQ(image->TransformPhysicalPointToIndex(P(9.75, -5.0)), (Image2::IndexType{ { 0, 0 } }));
  EXPECT_EQ(image->TransformPhysicalPointToIndex(P(9.2, -7.0)), (Image2::IndexType{ { -2, -1 } }));
  Image2::IndexType index;
  EXPECT_FALSE(image->TransformPhysicalPointToIndex(P(11.2, 1.0), index));
  EXPECT_EQ(index, (Image2::IndexType{ { 2, 3 } }));
  EXPECT_TRUE(image->TransformPhysicalPointToIndex(P(10.4, 0.0), index));
  EXPECT_EQ(index, (Image2::IndexType{ { 1, 2 } }));
}

TEST(ImageGeometry, IndexToPointBothOverloads)
{
  auto image = Anisotropic();
  const auto point = image->TransformIndexToPhysicalPoint<double>(Image2::IndexType{ { 3, -1 } });
  EXPECT_DOUBLE_EQ(point[0], 11.5);
  EXPECT_DOUBLE_EQ(point[1], -6.0);
  itk::Point<float, 2> single;
  image->TransformIndexToPhysicalPoint(Image2::IndexType{ { 3, -1 } }, single);
  EXPECT_FLOAT_EQ(single[0], 11.5f);
  EXPECT_FLOAT_EQ(single[1], -6.0f);
}

TEST(ImageGeometry, ConversionsGoThroughTheDirection)
{
  auto image = Rotated();
  const auto point = image->TransformIndexToPhysicalPoint<double>(Image2::IndexType{ { 2, 1 } });
  EXPECT_DOUBLE_EQ(point[0], -2.0);
  EXPECT_DOUBLE_EQ(point[1], 5.0);
  EXPECT_EQ(image->TransformPhysicalPointToIndex(point), (Image2::IndexType{ { 2, 1 } }));
  const auto continuous = image->TransformPhysicalPointToContinuousIndex<double>(P(-2.6, 4.1));
  EXPECT_NEAR(continuous[0], 1.55, 1e-12);
  EXPECT_NEAR(continuous[1], 1.2, 1e-12);
  EXPECT_EQ(image->TransformPhysicalPointToIndex(P(-2.6, 4.1)), (Image2::IndexType{ { 2, 1 } }));
  const auto back = image->TransformContinuousIndexToPhysicalPoint<double>(continuous);
  EXPECT_NEAR(back[0], -2.6, 1e-12);
  EXPECT_NEAR(back[1], 4.1, 1e-12);
}

TEST(ImageGeometry, ContinuousIndexBothOverloadsAndTheRegionTest)
{
  auto image = Anisotropic();
  itk::Point<double, 2> point;
  image->TransformContinuousIndexToPhysicalPoint(itk::ContinuousIndex<double, 2>(std::array<double, 2>{ 1.5, -0.25 }.data()), point);
  EXPECT_DOUBLE_EQ(point[0], 10.75);
  EXPECT_DOUBLE_EQ(point[1], -4.5);

  // Spacing 1 and origin 0: the continuous index is the point. The region is [0, 4) x [0, 3).
  auto unit = Image2::New();
  unit->SetRegions(Image2::SizeType{ { 4, 3 } });
  itk::ContinuousIndex<double, 2> index;
  EXPECT_TRUE(unit->TransformPhysicalPointToContinuousIndex(P(-0.5, 0.0), index));
  EXPECT_TRUE(unit->TransformPhysicalPointToContinuousIndex(P(3.5, 2.5), index));
  EXPECT_DOUBLE_EQ(index[0], 3.5);
  EXPECT_FALSE(unit->TransformPhysicalPointToContinuousIndex(P(3.51, 0.0), index));
  EXPECT_FALSE(unit->TransformPhysicalPointToContinuousIndex(P(-0.51, 0.0), index));
  EXPECT_FALSE(unit->TransformPhysicalPointToContinuousIndex(P(0.0, std::nan("")), index));
}

TEST(ImageGeometry, ThreeDimensionsWithAPermutedDirection)
{
  auto image = Image3::New();
  image->SetRegions(Image3::SizeType{ { 4, 4, 4 } });
  image->SetSpacing(Image3::SpacingType(std::array<double, 3>{ 1.0, 2.0, 4.0 }.data()));
  Image3::DirectionType direction;
  direction[0][2] = 1.0;
  direction[1][0] = 1.0;
  direction[2][1] = 1.0;
  image->SetDirection(direction);
  const auto point = image->TransformIndexToPhysicalPoint<float>(Image3::IndexType{ { 1, 2, 3 } });
  EXPECT_FLOAT_EQ(point[0], 12.0f);
  EXPECT_FLOAT_EQ(point[1], 1.0f);
  EXPECT_FLOAT_EQ(point[2], 4.0f);
  Image3::IndexType index;
  EXPECT_TRUE(image->TransformPhysicalPointToIndex(point, index));
  EXPECT_EQ(index, (Image3::IndexType{ { 1, 2, 3 } }));
  EXPECT_EQ(image->GetInverseDirection(), direction.GetTranspose());
}

TEST(ImageGeometry, InformationAndGraftCarryTheDirection)
{
  auto source = Rotated();
  auto copy = Image2::New();
  copy->CopyInformation(source);
  EXPECT_EQ(copy->GetDirection(), source->GetDirection());
  source->Allocate();
  auto grafted = Image2::New();
  grafted->Graft(source);
  EXPECT_EQ(grafted->GetDirection(), source->GetDirection());
}

TEST(ImageGeometry, MetaImageKeepsTheDirection)
{
  auto image = Rotated();
  image->Allocate(true);
  const auto file = (std::filesystem::temp_directory_path() / ("itkbindgen_direction_" + std::to_string(::getpid()) + ".mha")).string();
  auto writer = itk::ImageFileWriter<Image2>::New();
  writer->SetInput(image);
  writer->SetFileName(file);
  writer->Update();
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  // Row r of MetaImage's TransformMatrix is the direction of index axis r, as ITK's MetaImageIO writes it.
  EXPECT_NE(text.str().find("TransformMatrix = 0 1 -1 0\n"), std::string::npos);
  auto reader = itk::ImageFileReader<Image2>::New();
  reader->SetFileName(file);
  reader->Update();
  EXPECT_EQ(reader->GetOutput()->GetDirection(), image->GetDirection());
  std::filesystem::remove(file);
}
} // namespace
