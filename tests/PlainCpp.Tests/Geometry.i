// Plain C++ classes as they are: a value type, a class hierarchy with virtual members, a class template instantiated
// twice, a factory returning new objects, static members and nested enums.
%module Geometry
%{
#include "geometry.h"
%}
%include <std_pair.i>
%include <std_map.i>
%include "native/geometry.h"
%template(BoxD) geo::Box<double>;
%template(BoxI) geo::Box<int>;
%template(SumD) geo::Point::Sum<double>;
%template(SumI) geo::Point::Sum<int>;
// std::pair as SWIG's std_pair.i gives it: first and second, and the constructors.
%template(Interval) std::pair<double, double>;
%template(GradeCount) std::pair<geo::Grade, int>;
// std::map as std_map.i gives it: the map's own members and Keys(), Values(), ContainsKey, Get, Set, Remove.
%template(AreaMap) std::map<std::string, double>;
%newobject geo::ShapeFactory::NewCircle;
%newobject geo::ShapeFactory::NewSquare;
// SWIG's implicit copy constructor for the template, and constants the C++ compiler evaluates.
%copyctor geo::Box;
%constant double GoldenRatio = 1.6180339887498949;
%constant int BoxesPerPair = sizeof(geo::Box<int>[2]) / sizeof(geo::Box<int>);
%constant std::string LibraryName = "geo";
%constant Big = 3000000000;
// Code of the interface file's own, as SWIG's users write it: a function and a variable defined here are compiled
// once, in the shim's one translation unit, and wrapped like the header's.
%inline %{
namespace geo
{
// Internal linkage, and still one variable: the shim is this code's one translation unit.
static int Answers = 0;
int Answer() { ++Answers; return 42; }
int Visits = 0;
}
%}
