// Type spellings: qualifiers, declarators, standard library types, defaulted template arguments.
#pragma once
#include <string>
#include <vector>
namespace t {
template <typename T, int N = -1, bool B = false> struct Tag { enum Kind { K1, K2 }; struct Inner { T v; }; };
struct Types {
  void A(char * const p, const char * const * q, volatile int * r);
  void B(int (&arr)[4], double values[3], int (*callback)(int, float));
  void C(std::string && s, const std::vector<int> & v);
  void D(Tag<short> tag, Tag<char, 7, true>::Kind kind, Tag<long>::Inner * inner);
  void E(unsigned long long a, signed char b, unsigned char c, long double d, bool e, wchar_t f, unsigned short g);
  void F(void (*handler)(), int Types::* member);
  auto G() -> decltype(1 + 2);
};
}
