/* stdint.i (ItkBindGen): int8_t ... uint64_t are read through their typedefs, so they cross as sbyte ... ulong. */
%{
#include <cstdint>
%}
