// Integer and precision typedefs with the names and widths ITK 5.2 uses on LP64 Linux.
#pragma once

#include <cstdint>

// The most threads (and work units) a filter uses; ITK's build sets it, to this value by default.
#define ITK_MAX_THREADS 128

namespace itk
{
using SizeValueType = unsigned long;
using IndexValueType = long;
using OffsetValueType = long;
using ThreadIdType = unsigned int;
using SpacePrecisionType = double;
using ModifiedTimeType = unsigned long;
using IdentifierType = SizeValueType;
using SymbolValueType = unsigned long;
} // namespace itk
