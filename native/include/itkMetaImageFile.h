// MetaImage (.mha / .mhd + raw) header parsing and writing, independent of the pixel type.
#pragma once

#include "itkBindGenCoreExport.h"
#include "itkImageIOExceptions.h"
#include "itkIntTypes.h"

#include <cstddef>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

namespace itk
{
namespace Detail
{
enum class MetaElementType
{
  Unknown,
  UChar,
  Char,
  UShort,
  Short,
  UInt,
  Int,
  ULongLong,
  LongLong,
  Float,
  Double
};

struct MetaImageInfo
{
  unsigned int NDims{ 0 };
  std::vector<SizeValueType> DimSize;
  std::vector<double> Spacing;
  std::vector<double> Origin;
  // Row r is the direction of index axis r (the direction matrix transposed), NDims x NDims; empty means identity.
  std::vector<double> TransformMatrix;
  MetaElementType ElementType{ MetaElementType::Unknown };
};

class ITKBindGenCore_EXPORT MetaImageFile
{
public:
  // True for names ending in .mha or .mhd (case-insensitive).
  static bool IsMetaImageFileName(const std::string & fileName);

  // Reads header and pixel data; data is returned in host (little-endian) byte order.
  // Throws ImageFileReaderException (naming the file) for missing, malformed, unsupported or truncated files.
  static std::vector<unsigned char> Read(const std::string & fileName, MetaImageInfo & info);

  // Writes `.mha` with LOCAL data, or `.mhd` plus `<stem>.raw` next to it.
  // Throws ImageFileWriterException on I/O errors or an unsupported file name.
  static void Write(const std::string & fileName, const MetaImageInfo & info, const void * data);

  static std::size_t ElementSize(MetaElementType type);
  static const char * ElementTypeName(MetaElementType type);
  static MetaElementType ElementTypeFromName(const std::string & name);
};

template <typename T>
constexpr MetaElementType
MetaElementTypeOf()
{
  if constexpr (std::is_same_v<T, float>)
    return MetaElementType::Float;
  else if constexpr (std::is_same_v<T, double>)
    return MetaElementType::Double;
  else if constexpr (std::is_integral_v<T> && sizeof(T) == 1)
    return std::is_signed_v<T> ? MetaElementType::Char : MetaElementType::UChar;
  else if constexpr (std::is_integral_v<T> && sizeof(T) == 2)
    return std::is_signed_v<T> ? MetaElementType::Short : MetaElementType::UShort;
  else if constexpr (std::is_integral_v<T> && sizeof(T) == 4)
    return std::is_signed_v<T> ? MetaElementType::Int : MetaElementType::UInt;
  else if constexpr (std::is_integral_v<T> && sizeof(T) == 8)
    return std::is_signed_v<T> ? MetaElementType::LongLong : MetaElementType::ULongLong;
  else
    return MetaElementType::Unknown;
}

// Converts `count` raw elements of `type` to TPixel with static_cast (what ITK's reader does).
template <typename TPixel>
void
ConvertMetaBuffer(const unsigned char * raw, MetaElementType type, std::size_t count, TPixel * out)
{
  auto convert = [&](auto tag) {
    using T = decltype(tag);
    for (std::size_t i = 0; i < count; ++i)
    {
      T v;
      std::memcpy(&v, raw + i * sizeof(T), sizeof(T)); // raw data need not be aligned
      out[i] = static_cast<TPixel>(v);
    }
  };
  switch (type)
  {
    case MetaElementType::UChar: convert(static_cast<unsigned char>(0)); break;
    case MetaElementType::Char: convert(static_cast<signed char>(0)); break;
    case MetaElementType::UShort: convert(static_cast<unsigned short>(0)); break;
    case MetaElementType::Short: convert(static_cast<short>(0)); break;
    case MetaElementType::UInt: convert(static_cast<unsigned int>(0)); break;
    case MetaElementType::Int: convert(static_cast<int>(0)); break;
    case MetaElementType::ULongLong: convert(static_cast<unsigned long long>(0)); break;
    case MetaElementType::LongLong: convert(static_cast<long long>(0)); break;
    case MetaElementType::Float: convert(0.0f); break;
    case MetaElementType::Double: convert(0.0); break;
    case MetaElementType::Unknown: break;
  }
}
} // namespace Detail
} // namespace itk
