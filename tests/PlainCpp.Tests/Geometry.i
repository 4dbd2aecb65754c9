// Plain C++ classes as they are: a value type, a class hierarchy with virtual members, a class template instantiated
// twice, a factory returning new objects, static members and nested enums.
%module Geometry
%{
#include "geometry.h"
%}
%include "native/geometry.h"
%template(BoxD) geo::Box<double>;
%template(BoxI) geo::Box<int>;
%template(SumD) geo::Point::Sum<double>;
%template(SumI) geo::Point::Sum<int>;
%newobject geo::ShapeFactory::NewCircle;
%newobject geo::ShapeFactory::NewSquare;
