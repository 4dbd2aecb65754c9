// The plain C++ library's definitions, compiled into the Geometry module's shim library (geometry.cmake).
#include "geometry.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace geo
{
namespace
{
int livePoints = 0;
int pointCopies = 0;
int liveShapes = 0;
int statsCalls = 0;
} // namespace

double Point::Tolerance = 1e-9;

Point::Point()
  : Point(0.0, 0.0)
{}

Point::Point(double x_, double y_)
  : x(x_)
  , y(y_)
{
  ++livePoints;
}

Point::Point(const Point & other)
  : x(other.x)
  , y(other.y)
{
  ++livePoints;
  ++pointCopies;
}

Point &
Point::operator=(const Point & other) = default;

Point::~Point()
{
  --livePoints;
}

double
Point::Norm() const
{
  return std::sqrt(x * x + y * y);
}

Point
Point::Scaled(double factor) const
{
  return Point(x * factor, y * factor);
}

void
Point::Translate(double dx, double dy)
{
  x += dx;
  y += dy;
}

std::string
Point::Describe(Unit unit) const
{
  std::ostringstream text;
  const double scale = unit == Unit::Inch ? 1.0 / 25.4 : 1.0;
  text << '(' << x * scale << ", " << y * scale << (unit == Unit::Inch ? " in)" : " mm)");
  return text.str();
}

std::string
Point::ToString() const
{
  return Describe(Unit::Millimetre);
}

Point
Point::operator+(const Point & other) const
{
  return Point(x + other.x, y + other.y);
}

Point
Point::operator-(const Point & other) const
{
  return Point(x - other.x, y - other.y);
}

Point
Point::operator*(double factor) const
{
  return Scaled(factor);
}

Point
Point::operator-() const
{
  return Point(-x, -y);
}

bool
Point::operator==(const Point & other) const
{
  return std::abs(x - other.x) <= Tolerance && std::abs(y - other.y) <= Tolerance;
}

bool
Point::operator!=(const Point & other) const
{
  return !(*this == other);
}

double
Point::operator[](int axis) const
{
  return axis == 0 ? x : y;
}

double &
Point::operator[](int axis)
{
  return axis == 0 ? x : y;
}

Point
Point::Origin()
{
  return Point();
}

int
Point::Live()
{
  return livePoints;
}

int
Point::Copies()
{
  return pointCopies;
}

Shape::Shape(const Point & center)
  : m_Center(center)
{
  ++liveShapes;
}

Shape::~Shape()
{
  --liveShapes;
}

std::string
Shape::Name() const
{
  return "shape";
}

void
Shape::Move(const Point & by)
{
  m_Center.Translate(by.x, by.y);
}

Point
Shape::Center() const
{
  return m_Center;
}

const Point &
Shape::CenterRef() const
{
  return m_Center;
}

Point &
Shape::MutableCenter()
{
  return m_Center;
}

int
Shape::Live()
{
  return liveShapes;
}

Circle::Circle(const Point & center, double radius)
  : Shape(center)
  , m_Radius(radius)
{}

double
Circle::Area() const
{
  return 3.14159265358979323846 * m_Radius * m_Radius;
}

Shape::Kind
Circle::GetKind() const
{
  return Kind::Circle;
}

std::string
Circle::Name() const
{
  return "circle";
}

double
Circle::GetRadius() const
{
  return m_Radius;
}

void
Circle::SetRadius(double radius)
{
  m_Radius = radius;
}

Square::Square(const Point & center, double side_)
  : Shape(center)
  , side(side_)
{}

double
Square::Area() const
{
  return side * side;
}

Shape::Kind
Square::GetKind() const
{
  return Kind::Square;
}

Shape *
ShapeFactory::NewCircle(double x, double y, double radius)
{
  return new Circle(Point(x, y), radius);
}

Shape *
ShapeFactory::NewSquare(double x, double y, double side)
{
  return new Square(Point(x, y), side);
}

Shape *
ShapeFactory::Larger(Shape * first, Shape * second)
{
  return first->Area() >= second->Area() ? first : second;
}

double
Stats::Mean(const std::vector<double> & values)
{
  ++statsCalls;
  double sum = 0.0;
  for (double value : values)
  {
    sum += value;
  }
  return values.empty() ? 0.0 : sum / static_cast<double>(values.size());
}

int
Stats::Calls()
{
  return statsCalls;
}

double
Distance(const Point & a, const Point & b)
{
  return (a - b).Norm();
}

void
Shift(Point & point, double dx, double dy)
{
  point.Translate(dx, dy);
}

Point
Midpoint(const Point * a, const Point * b)
{
  return Point((a->x + b->x) / 2.0, (a->y + b->y) / 2.0);
}

int Counter = 0;
const double Epsilon = 1e-12;
Point Anchor(1.0, 2.0);
std::string Label = "origin";
const char * Greeting = "hello";

int
BumpCounter()
{
  return ++Counter;
}

std::pair<double, double>
MinMax(const std::vector<double> & values)
{
  auto [low, high] = std::minmax_element(values.begin(), values.end());
  return values.empty() ? std::pair<double, double>() : std::make_pair(*low, *high);
}

double
Span(const std::pair<double, double> & range)
{
  return range.second - range.first;
}

std::map<std::string, double>
Areas()
{
  return {{"unit square", 1.0}, {"circle", 3.14159}};
}

double
TotalArea(const std::map<std::string, double> & areas)
{
  double total = 0.0;
  for (const auto & entry : areas)
  {
    total += entry.second;
  }
  return total;
}

Point * Marker = nullptr;

double
MarkerX()
{
  return Marker != nullptr ? Marker->x : -1;
}

double
Pin::AtX() const
{
  return at != nullptr ? at->x : -1;
}
} // namespace geo
