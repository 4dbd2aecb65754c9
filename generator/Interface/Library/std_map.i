/* std_map.i (ItkBindGen): %template(StringDoubleMap) std::map<std::string, double>; makes a C# class over a native map:
   size(), empty(), clear(), count() and erase() of a key, at(key), and the members SWIG's std_map.i gives a map,
   added to each instantiation: an indexer (C++'s operator[]: a missing key is added, unless the value type has no
   default constructor, when reading or writing it throws: Set adds it), Keys() and Values() (arrays, in the map's order), ContainsKey(key),
   Get(key) (throws when the key is missing), Set(key, value) and Remove(key).
   Iterators are not wrapped. %inline, not %{ %}: the parse sees <map> too. */
%include <std_common.i>
%inline %{
#include <map>
#include <vector>
%}
%{
#include <type_traits>
namespace itkbindgen_std_map
{
/* The indexer: operator[] where the value type can be made empty (a missing key is added, as in C++), else at(). */
template <typename TMap>
typename TMap::mapped_type & item(TMap & map, const typename TMap::key_type & key)
{
  if constexpr (std::is_default_constructible_v<typename TMap::mapped_type>)
  {
    return map[key];
  }
  else
  {
    return map.at(key);
  }
}

template <typename TMap>
std::vector<typename TMap::key_type> keys(const TMap & map)
{
  std::vector<typename TMap::key_type> result;
  result.reserve(map.size());
  for (const auto & entry : map)
  {
    result.push_back(entry.first);
  }
  return result;
}

template <typename TMap>
std::vector<typename TMap::mapped_type> values(const TMap & map)
{
  std::vector<typename TMap::mapped_type> result;
  result.reserve(map.size());
  for (const auto & entry : map)
  {
    result.push_back(entry.second);
  }
  return result;
}
}
%}
