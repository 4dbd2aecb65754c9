// The std::vector operations behind a generated C# collection class (IList<T> over a std::vector<T>): indices are
// C# ints, checked here too, so a bad index is a std::out_of_range (a .NET exception), never undefined behaviour.
#pragma once

#include <algorithm>
#include <climits>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace ibg
{
namespace vector
{

// Whether two elements can be compared with ==: IndexOf needs it, and a wrapped class may not declare it.
template <typename T, typename = void>
struct equality_comparable : std::false_type
{};

template <typename T>
struct equality_comparable<T, std::void_t<decltype(std::declval<const T &>() == std::declval<const T &>())>>
  : std::true_type
{};

// What index_of gives when the element type has no operator==: the C# side throws NotSupportedException.
constexpr std::int32_t not_comparable = -2;

// An element's index; past_end allows the index one past the last element (where Insert may add).
template <typename V>
typename V::size_type
checked(const V & v, std::int32_t index, bool past_end = false)
{
  const auto limit = v.size() + (past_end ? 1 : 0);
  if (index < 0 || static_cast<typename V::size_type>(index) >= limit)
  {
    throw std::out_of_range("index " + std::to_string(index) + " is outside the vector of " + std::to_string(v.size()) +
                            " elements");
  }
  return static_cast<typename V::size_type>(index);
}

// A size as a C# int: a vector longer than int.MaxValue cannot be a C# collection.
inline std::int32_t
as_count(std::size_t size)
{
  if (size > static_cast<std::size_t>(INT32_MAX))
  {
    throw std::length_error("the vector has more elements than a C# collection can count");
  }
  return static_cast<std::int32_t>(size);
}

template <typename V>
std::int32_t
count(const V & v)
{
  return as_count(v.size());
}

template <typename V>
std::int32_t
capacity(const V & v)
{
  return as_count(std::min(v.capacity(), static_cast<std::size_t>(INT32_MAX)));
}

template <typename V>
void
reserve(V & v, std::int32_t capacity)
{
  if (capacity < 0)
  {
    throw std::out_of_range("a capacity cannot be negative");
  }
  v.reserve(static_cast<typename V::size_type>(capacity));
}

template <typename V>
typename V::const_reference
get(const V & v, std::int32_t index)
{
  return v[checked(v, index)];
}

template <typename V>
void
set(V & v, std::int32_t index, const typename V::value_type & value)
{
  v[checked(v, index)] = value;
}

template <typename V>
void
add(V & v, const typename V::value_type & value)
{
  v.push_back(value);
}

template <typename V>
void
insert(V & v, std::int32_t index, const typename V::value_type & value)
{
  v.insert(v.begin() + static_cast<typename V::difference_type>(checked(v, index, true)), value);
}

template <typename V>
void
remove_at(V & v, std::int32_t index)
{
  v.erase(v.begin() + static_cast<typename V::difference_type>(checked(v, index)));
}

template <typename V>
void
remove_range(V & v, std::int32_t index, std::int32_t count)
{
  if (index < 0 || count < 0 || static_cast<std::size_t>(index) + static_cast<std::size_t>(count) > v.size())
  {
    throw std::out_of_range("the range is outside the vector");
  }
  const auto first = v.begin() + index;
  v.erase(first, first + count);
}

template <typename V>
void
clear(V & v)
{
  v.clear();
}

template <typename V>
std::int32_t
index_of(const V & v, const typename V::value_type & value)
{
  if constexpr (equality_comparable<typename V::value_type>::value)
  {
    const auto found = std::find(v.begin(), v.end(), value);
    return found == v.end() ? -1 : as_count(static_cast<std::size_t>(found - v.begin()));
  }
  else
  {
    return not_comparable;
  }
}

} // namespace vector
} // namespace ibg
