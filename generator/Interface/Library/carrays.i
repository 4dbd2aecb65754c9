/* carrays.i (ItkBindGen): SWIG's helpers for C arrays of TYPE, as C++ compiled into the shim and wrapped.
     %array_functions(TYPE, NAME): new_NAME(n), delete_NAME(a), NAME_getitem(a, i), NAME_setitem(a, i, value)
     %array_class(TYPE, NAME): a class NAME(n) with getitem, setitem, cast and frompointer */
%{
#include <cstddef>
%}

%define %array_functions(TYPE, NAME)
%inline %{
static TYPE *new_##NAME(std::size_t count) { return new TYPE[count](); }
static void delete_##NAME(TYPE *items) { delete[] items; }
static TYPE NAME##_getitem(TYPE *items, std::size_t index) { return items[index]; }
static void NAME##_setitem(TYPE *items, std::size_t index, TYPE value) { items[index] = value; }
%}
%enddef

%define %array_class(TYPE, NAME)
%inline %{
class NAME
{
public:
  explicit NAME(std::size_t count) : items_(new TYPE[count]()) {}
  ~NAME() { delete[] items_; }
  NAME(const NAME &) = delete;
  NAME &operator=(const NAME &) = delete;
  TYPE getitem(std::size_t index) const { return items_[index]; }
  void setitem(std::size_t index, TYPE value) { items_[index] = value; }
  TYPE *cast() { return items_; }
private:
  TYPE *items_;
};
%}
%enddef
