// MetaImage reading and writing: "Key = Value" header lines, then raw little-endian pixel data.
#include "itkMetaImageFile.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <limits>
#include <sstream>

namespace itk
{
ImageFileReaderException::~ImageFileReaderException() = default;
ImageFileWriterException::~ImageFileWriterException() = default;

namespace Detail
{
namespace
{
struct TypeName
{
  MetaElementType Type;
  const char * Name;
  std::size_t Size;
};

constexpr TypeName TypeNames[] = {
  { MetaElementType::UChar, "MET_UCHAR", 1 },         { MetaElementType::Char, "MET_CHAR", 1 },
  { MetaElementType::UShort, "MET_USHORT", 2 },       { MetaElementType::Short, "MET_SHORT", 2 },
  { MetaElementType::UInt, "MET_UINT", 4 },           { MetaElementType::Int, "MET_INT", 4 },
  { MetaElementType::ULongLong, "MET_ULONG_LONG", 8 }, { MetaElementType::LongLong, "MET_LONG_LONG", 8 },
  { MetaElementType::Float, "MET_FLOAT", 4 },         { MetaElementType::Double, "MET_DOUBLE", 8 },
};

std::string
Lower(std::string s)
{
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string
Trim(const std::string & s)
{
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos)
  {
    return {};
  }
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

[[noreturn]] void
Fail(const std::string & fileName, const std::string & why)
{
  throw ImageFileReaderException(__FILE__, __LINE__, "Could not read " + fileName + ": " + why, "MetaImageFile::Read");
}

template <typename T>
std::vector<T>
ParseList(const std::string & fileName, const std::string & key, const std::string & value, unsigned int expected)
{
  std::istringstream is(value);
  std::vector<T> result;
  T v;
  while (is >> v)
  {
    result.push_back(v);
  }
  if (!is.eof() || result.size() < expected)
  {
    Fail(fileName, "malformed " + key + " \"" + value + "\"");
  }
  result.resize(expected);
  return result;
}

bool
IsTrue(const std::string & value)
{
  const std::string v = Lower(value);
  return v == "true" || v == "1";
}

void
SwapBytes(std::vector<unsigned char> & data, std::size_t elementSize)
{
  for (std::size_t i = 0; i + elementSize <= data.size(); i += elementSize)
  {
    std::reverse(data.begin() + static_cast<std::ptrdiff_t>(i),
                 data.begin() + static_cast<std::ptrdiff_t>(i + elementSize));
  }
}
} // namespace

std::size_t
MetaImageFile::ElementSize(MetaElementType type)
{
  for (const auto & t : TypeNames)
  {
    if (t.Type == type)
    {
      return t.Size;
    }
  }
  return 0;
}

const char *
MetaImageFile::ElementTypeName(MetaElementType type)
{
  for (const auto & t : TypeNames)
  {
    if (t.Type == type)
    {
      return t.Name;
    }
  }
  return "MET_OTHER";
}

MetaElementType
MetaImageFile::ElementTypeFromName(const std::string & name)
{
  for (const auto & t : TypeNames)
  {
    if (name == t.Name)
    {
      return t.Type;
    }
  }
  return MetaElementType::Unknown;
}

bool
MetaImageFile::IsMetaImageFileName(const std::string & fileName)
{
  const std::string ext = Lower(std::filesystem::path(fileName).extension().string());
  return ext == ".mha" || ext == ".mhd";
}

std::vector<unsigned char>
MetaImageFile::Read(const std::string & fileName, MetaImageInfo & info)
{
  std::ifstream file(fileName, std::ios::binary);
  if (!file)
  {
    Fail(fileName, "the file does not exist or cannot be opened");
  }
  info = MetaImageInfo();
  std::string dataFile;
  bool msb = false;
  long headerSize = 0;
  unsigned int channels = 1;
  std::string dimSize, spacing, origin, transform;
  std::string line;
  while (std::getline(file, line))
  {
    const auto eq = line.find('=');
    if (eq == std::string::npos)
    {
      if (Trim(line).empty())
      {
        continue;
      }
      Fail(fileName, "malformed header line \"" + Trim(line) + "\"");
    }
    const std::string key = Lower(Trim(line.substr(0, eq)));
    const std::string value = Trim(line.substr(eq + 1));
    if (key == "objecttype" && Lower(value) != "image")
    {
      Fail(fileName, "ObjectType " + value + " is not supported (only Image)");
    }
    else if (key == "ndims")
    {
      const auto n = ParseList<long>(fileName, "NDims", value, 1);
      if (n[0] < 1 || n[0] > 16)
      {
        Fail(fileName, "invalid NDims " + value);
      }
      info.NDims = static_cast<unsigned int>(n[0]);
    }
    else if (key == "dimsize")
    {
      dimSize = value;
    }
    else if (key == "elementspacing")
    {
      spacing = value;
    }
    else if (key == "offset" || key == "origin" || key == "position")
    {
      origin = value;
    }
    else if (key == "transformmatrix" || key == "rotation" || key == "orientation")
    {
      transform = value;
    }
    else if (key == "elementtype")
    {
      info.ElementType = ElementTypeFromName(value);
      if (info.ElementType == MetaElementType::Unknown)
      {
        Fail(fileName, "ElementType " + value + " is not supported");
      }
    }
    else if (key == "elementnumberofchannels")
    {
      channels = static_cast<unsigned int>(ParseList<unsigned long>(fileName, key, value, 1)[0]);
    }
    else if (key == "binarydatabyteordermsb" || key == "elementbyteordermsb")
    {
      msb = IsTrue(value);
    }
    else if (key == "binarydata" && !IsTrue(value))
    {
      Fail(fileName, "ASCII (BinaryData = False) data is not supported");
    }
    else if (key == "compresseddata" && IsTrue(value))
    {
      Fail(fileName, "compressed data is not supported");
    }
    else if (key == "headersize")
    {
      headerSize = ParseList<long>(fileName, key, value, 1)[0];
    }
    else if (key == "elementdatafile")
    {
      dataFile = value; // always the last header field
      break;
    }
  }
  if (dataFile.empty())
  {
    Fail(fileName, "not a MetaImage file (no ElementDataFile)");
  }
  if (info.NDims == 0 || dimSize.empty())
  {
    Fail(fileName, "NDims or DimSize is missing");
  }
  if (info.ElementType == MetaElementType::Unknown)
  {
    Fail(fileName, "ElementType is missing");
  }
  if (channels != 1)
  {
    Fail(fileName, "multi-component pixels (ElementNumberOfChannels > 1) are not supported");
  }
  const auto sizes = ParseList<long long>(fileName, "DimSize", dimSize, info.NDims);
  std::size_t count = 1;
  for (long long s : sizes)
  {
    if (s < 0)
    {
      Fail(fileName, "negative DimSize");
    }
    info.DimSize.push_back(static_cast<SizeValueType>(s));
    count *= static_cast<std::size_t>(s);
  }
  info.Spacing = spacing.empty() ? std::vector<double>(info.NDims, 1.0)
                                 : ParseList<double>(fileName, "ElementSpacing", spacing, info.NDims);
  info.Origin =
    origin.empty() ? std::vector<double>(info.NDims, 0.0) : ParseList<double>(fileName, "Offset", origin, info.NDims);
  if (!transform.empty())
  {
    info.TransformMatrix = ParseList<double>(fileName, "TransformMatrix", transform, info.NDims * info.NDims);
  }

  const std::size_t elementSize = ElementSize(info.ElementType);
  const std::size_t bytes = count * elementSize;
  std::ifstream external;
  std::istream * data = &file;
  std::string dataPath = fileName;
  if (Lower(dataFile) != "local")
  {
    if (Lower(dataFile) == "list" || dataFile.find('%') != std::string::npos)
    {
      Fail(fileName, "ElementDataFile " + dataFile + " (file lists/patterns) is not supported");
    }
    std::filesystem::path p(dataFile);
    if (p.is_relative())
    {
      p = std::filesystem::path(fileName).parent_path() / p;
    }
    dataPath = p.string();
    external.open(dataPath, std::ios::binary);
    if (!external)
    {
      Fail(fileName, "the data file " + dataPath + " does not exist or cannot be opened");
    }
    data = &external;
    if (headerSize > 0)
    {
      data->seekg(headerSize, std::ios::beg);
    }
  }
  if (headerSize == -1)
  {
    // -1: the pixel data are the last `bytes` bytes of the file.
    data->seekg(0, std::ios::end);
    const std::streamoff end = data->tellg();
    if (end < static_cast<std::streamoff>(bytes))
    {
      Fail(fileName, "the data are truncated");
    }
    data->seekg(end - static_cast<std::streamoff>(bytes), std::ios::beg);
  }
  std::vector<unsigned char> raw(bytes);
  data->read(reinterpret_cast<char *>(raw.data()), static_cast<std::streamsize>(bytes));
  if (static_cast<std::size_t>(data->gcount()) != bytes)
  {
    std::ostringstream msg;
    msg << "the data are truncated: expected " << bytes << " bytes in " << dataPath << ", found " << data->gcount();
    Fail(fileName, msg.str());
  }
  if (msb && elementSize > 1)
  {
    SwapBytes(raw, elementSize);
  }
  return raw;
}

void
MetaImageFile::Write(const std::string & fileName, const MetaImageInfo & info, const void * data)
{
  auto fail = [&fileName](const std::string & why) {
    throw ImageFileWriterException(
      __FILE__, __LINE__, "Could not write " + fileName + ": " + why, "MetaImageFile::Write");
  };
  if (!IsMetaImageFileName(fileName))
  {
    fail("only .mha and .mhd files are supported");
  }
  const bool local = Lower(std::filesystem::path(fileName).extension().string()) == ".mha";
  const std::filesystem::path rawPath = std::filesystem::path(fileName).replace_extension(".raw");

  std::size_t count = 1;
  for (auto s : info.DimSize)
  {
    count *= s;
  }
  const std::size_t bytes = count * ElementSize(info.ElementType);

  std::ostringstream header;
  header << std::setprecision(17);
  auto list = [&header](const auto & values) {
    for (std::size_t i = 0; i < values.size(); ++i)
    {
      header << (i ? " " : "") << values[i];
    }
    header << "\n";
  };
  header << "ObjectType = Image\n"
         << "NDims = " << info.NDims << "\n"
         << "BinaryData = True\n"
         << "BinaryDataByteOrderMSB = False\n"
         << "CompressedData = False\n"
         << "TransformMatrix =";
  for (unsigned int r = 0; r < info.NDims; ++r)
  {
    for (unsigned int c = 0; c < info.NDims; ++c)
    {
      const std::size_t at = r * info.NDims + c;
      header << ' ' << (at < info.TransformMatrix.size() ? info.TransformMatrix[at] : (r == c ? 1.0 : 0.0));
    }
  }
  header << "\nOffset = ";
  list(info.Origin);
  header << "CenterOfRotation =";
  for (unsigned int i = 0; i < info.NDims; ++i)
  {
    header << " 0";
  }
  header << "\nElementSpacing = ";
  list(info.Spacing);
  header << "DimSize = ";
  list(info.DimSize);
  header << "ElementType = " << ElementTypeName(info.ElementType) << "\n"
         << "ElementDataFile = " << (local ? std::string("LOCAL") : rawPath.filename().string()) << "\n";

  std::ofstream out(fileName, std::ios::binary | std::ios::trunc);
  if (!out)
  {
    fail("the file cannot be created");
  }
  const std::string text = header.str();
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  std::ofstream rawOut;
  std::ostream * dataOut = &out;
  if (!local)
  {
    rawOut.open(rawPath, std::ios::binary | std::ios::trunc);
    if (!rawOut)
    {
      fail("the data file " + rawPath.string() + " cannot be created");
    }
    dataOut = &rawOut;
  }
  dataOut->write(static_cast<const char *>(data), static_cast<std::streamsize>(bytes));
  dataOut->flush();
  out.flush();
  if (!*dataOut || !out)
  {
    fail("writing failed (disk full?)");
  }
}
} // namespace Detail
} // namespace itk
