// MetaImage reading and writing: round trips and error cases.
#include "TestUtilities.h"

#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace
{
using namespace itkbindgen_test;
namespace fs = std::filesystem;

fs::path
TempDir()
{
  const fs::path dir = fs::temp_directory_path() / ("itkbindgen_meta_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

template <typename TImage>
void
RoundTrip(const std::string & name, const typename TImage::SizeType & size)
{
  auto image = MakeRandomImage<TImage>(size, 11, 0, 120);
  typename TImage::SpacingType spacing;
  typename TImage::PointType origin;
  for (unsigned int d = 0; d < TImage::ImageDimension; ++d)
  {
    spacing[d] = 0.25 + 0.3 * d;
    origin[d] = -12.5 + 3.1 * d;
  }
  image->SetSpacing(spacing);
  image->SetOrigin(origin);
  const std::string file = (TempDir() / name).string();

  auto writer = itk::ImageFileWriter<TImage>::New();
  writer->SetFileName(file);
  writer->SetInput(image);
  writer->Update();
  EXPECT_STREQ(writer->GetFileName(), file.c_str());

  auto reader = itk::ImageFileReader<TImage>::New();
  reader->SetFileName(file);
  EXPECT_EQ(reader->GetFileName(), file);
  reader->Update();
  const TImage * out = reader->GetOutput();
  EXPECT_EQ(out->GetLargestPossibleRegion(), image->GetLargestPossibleRegion());
  EXPECT_EQ(out->GetSpacing(), image->GetSpacing());
  EXPECT_EQ(out->GetOrigin(), image->GetOrigin());
  ASSERT_EQ(out->GetBufferSize(), image->GetBufferSize());
  EXPECT_EQ(0, std::memcmp(out->GetBufferPointer(), image->GetBufferPointer(),
                           image->GetBufferSize() * sizeof(typename TImage::PixelType)));
}

TEST(MetaImage, RoundTrips)
{
  RoundTrip<itk::Image<float, 2>>("f2.mha", { { 17, 9 } });
  RoundTrip<itk::Image<float, 3>>("f3.mhd", { { 5, 6, 7 } });
  RoundTrip<itk::Image<unsigned char, 2>>("u2.mhd", { { 8, 3 } });
  RoundTrip<itk::Image<unsigned char, 3>>("u3.mha", { { 4, 4, 4 } });
  RoundTrip<itk::Image<short, 2>>("s2.mha", { { 10, 12 } });
  RoundTrip<itk::Image<short, 3>>("s3.mhd", { { 3, 5, 2 } });
  RoundTrip<itk::Image<double, 2>>("d2.mha", { { 6, 6 } });
  EXPECT_TRUE(fs::exists(TempDir() / "f3.raw"));
}

TEST(MetaImage, HeaderContents)
{
  using ImageType = itk::Image<short, 2>;
  auto image = MakeRandomImage<ImageType>({ { 3, 2 } }, 1);
  const std::string file = (TempDir() / "header.mhd").string();
  auto writer = itk::ImageFileWriter<ImageType>::New();
  writer->SetFileName(file);
  writer->SetInput(image);
  writer->Write();
  std::ifstream in(file);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (const char * expected : { "ObjectType = Image", "NDims = 2", "DimSize = 3 2", "ElementSpacing = 1 1",
                                 "Offset = 0 0", "ElementType = MET_SHORT", "BinaryData = True",
                                 "BinaryDataByteOrderMSB = False", "ElementDataFile = header.raw" })
  {
    EXPECT_NE(text.find(expected), std::string::npos) << expected;
  }
  EXPECT_EQ(fs::file_size(TempDir() / "header.raw"), 12u);
}

TEST(MetaImage, ReadConvertsElementType)
{
  using UCharImage = itk::Image<unsigned char, 2>;
  using FloatImage = itk::Image<float, 2>;
  auto image = MakeRandomImage<UCharImage>({ { 7, 5 } }, 2, 0, 255);
  const std::string file = (TempDir() / "convert.mha").string();
  auto writer = itk::ImageFileWriter<UCharImage>::New();
  writer->SetFileName(file);
  writer->SetInput(image);
  writer->Update();
  auto reader = itk::ImageFileReader<FloatImage>::New();
  reader->SetFileName(file);
  reader->Update();
  for (itk::SizeValueType i = 0; i < image->GetBufferSize(); ++i)
  {
    ASSERT_EQ(reader->GetOutput()->GetBufferPointer()[i], static_cast<float>(image->GetBufferPointer()[i]));
  }
  // 2-D file into a 3-D image: padded with a size-1 dimension.
  auto reader3 = itk::ImageFileReader<itk::Image<float, 3>>::New();
  reader3->SetFileName(file);
  reader3->Update();
  EXPECT_EQ(reader3->GetOutput()->GetLargestPossibleRegion().GetSize(), (itk::Size<3>{ { 7, 5, 1 } }));
}

TEST(MetaImage, HandWrittenBigEndianFile)
{
  const std::string file = (TempDir() / "msb.mha").string();
  {
    std::ofstream out(file, std::ios::binary);
    out << "ObjectType = Image\nNDims = 2\nDimSize = 2 1\nElementSpacing = 2 3\nOffset = 1 1\n"
        << "ElementType = MET_USHORT\nBinaryData = True\nBinaryDataByteOrderMSB = True\nElementDataFile = LOCAL\n";
    const unsigned char bytes[] = { 0x01, 0x02, 0x00, 0x05 };
    out.write(reinterpret_cast<const char *>(bytes), 4);
  }
  auto reader = itk::ImageFileReader<itk::Image<int, 2>>::New();
  reader->SetFileName(file);
  reader->Update();
  EXPECT_EQ(reader->GetOutput()->GetBufferPointer()[0], 0x0102);
  EXPECT_EQ(reader->GetOutput()->GetBufferPointer()[1], 5);
  EXPECT_DOUBLE_EQ(reader->GetOutput()->GetSpacing()[1], 3.0);
}

void
ExpectReadError(const std::string & file, const std::string & fragment)
{
  auto reader = itk::ImageFileReader<itk::Image<float, 2>>::New();
  reader->SetFileName(file);
  try
  {
    reader->Update();
    FAIL() << "expected an exception for " << file;
  }
  catch (const itk::ImageFileReaderException & e)
  {
    const std::string description = e.GetDescription();
    EXPECT_NE(description.find(file), std::string::npos) << description;
    EXPECT_NE(description.find(fragment), std::string::npos) << description;
  }
}

TEST(MetaImage, ReadErrors)
{
  const fs::path dir = TempDir();
  ExpectReadError((dir / "does_not_exist.mha").string(), "does not exist");

  const std::string truncated = (dir / "truncated.mha").string();
  {
    std::ofstream out(truncated, std::ios::binary);
    out << "NDims = 2\nDimSize = 10 10\nElementType = MET_FLOAT\nElementDataFile = LOCAL\n";
    out << "abcd";
  }
  ExpectReadError(truncated, "truncated");

  const std::string badType = (dir / "badtype.mha").string();
  {
    std::ofstream out(badType, std::ios::binary);
    out << "NDims = 2\nDimSize = 1 1\nElementType = MET_FLOAT_ARRAY\nElementDataFile = LOCAL\n1234";
  }
  ExpectReadError(badType, "not supported");

  const std::string threeD = (dir / "threed.mha").string();
  {
    auto image = MakeRandomImage<itk::Image<float, 3>>({ { 2, 2, 3 } }, 1);
    auto writer = itk::ImageFileWriter<itk::Image<float, 3>>::New();
    writer->SetFileName(threeD);
    writer->SetInput(image);
    writer->Update();
  }
  ExpectReadError(threeD, "dimension");

  const std::string missingRaw = (dir / "missing_raw.mhd").string();
  {
    std::ofstream out(missingRaw);
    out << "NDims = 2\nDimSize = 2 2\nElementType = MET_UCHAR\nElementDataFile = nowhere.raw\n";
  }
  ExpectReadError(missingRaw, "nowhere.raw");

  auto reader = itk::ImageFileReader<itk::Image<float, 2>>::New();
  EXPECT_THROW(reader->Update(), itk::ExceptionObject); // no file name
}

TEST(MetaImage, WriteErrors)
{
  using ImageType = itk::Image<float, 2>;
  auto image = MakeRandomImage<ImageType>({ { 2, 2 } }, 1);
  auto writer = itk::ImageFileWriter<ImageType>::New();
  writer->SetInput(image);
  EXPECT_THROW(writer->Update(), itk::ImageFileWriterException); // no file name
  writer->SetFileName((TempDir() / "x.png").string());
  EXPECT_THROW(writer->Update(), itk::ImageFileWriterException);
  writer->SetFileName("/nonexistent_dir_itkbindgen/x.mha");
  EXPECT_THROW(writer->Update(), itk::ImageFileWriterException);
  auto noInput = itk::ImageFileWriter<ImageType>::New();
  noInput->SetFileName((TempDir() / "y.mha").string());
  EXPECT_THROW(noInput->Update(), itk::ExceptionObject);
}
} // namespace
