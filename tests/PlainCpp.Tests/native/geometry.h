// A small C++ library with no ITK in it: the bindings' test of plain C++ classes as they are.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace geo
{
enum class Unit
{
  Millimetre,
  Inch
};

// A value type: copyable, with constructors, operators, public fields and static members.
class Point
{
public:
  Point();
  Point(double x, double y);
  Point(const Point & other);
  Point & operator=(const Point & other);
  ~Point();

  double Norm() const;
  Point Scaled(double factor) const;
  void Translate(double dx, double dy);
  std::string Describe(Unit unit = Unit::Millimetre) const;
  std::string ToString() const;

  Point operator+(const Point & other) const;
  Point operator-(const Point & other) const;
  Point operator*(double factor) const;
  Point operator-() const;
  bool operator==(const Point & other) const;
  bool operator!=(const Point & other) const;
  double operator[](int axis) const;
  double & operator[](int axis);

  // A member function template: bound per %template of Point::Sum<T>, with T spelled in the call.
  template <typename T>
  T Sum(T bias) const
  {
    return static_cast<T>(x) + static_cast<T>(y) + bias;
  }

  static Point Origin();
  // Points alive now, and copies made so far: how the tests see C++ construct, copy and delete.
  static int Live();
  static int Copies();

  double x;
  double y;
  static const int Dimension = 2;
  static double Tolerance;
};

// A hierarchy with virtual members, an abstract base and a nested enum.
class Shape
{
public:
  enum class Kind
  {
    Circle,
    Square
  };

  virtual ~Shape();
  virtual double Area() const = 0;
  virtual Kind GetKind() const = 0;
  virtual std::string Name() const;
  void Move(const Point & by);
  Point Center() const;
  const Point & CenterRef() const;
  Point & MutableCenter();
  static int Live();

protected:
  explicit Shape(const Point & center);
  Point m_Center;
};

class Circle : public Shape
{
public:
  Circle(const Point & center, double radius);
  double Area() const override;
  Kind GetKind() const override;
  std::string Name() const override;
  double GetRadius() const;
  void SetRadius(double radius);

private:
  double m_Radius;
};

class Square : public Shape
{
public:
  Square(const Point & center, double side);
  double Area() const override;
  Kind GetKind() const override;
  double side;
};

// Makes new shapes the caller owns (%newobject), and hands back one it was given, which it does not own.
class ShapeFactory
{
public:
  static Shape * NewCircle(double x, double y, double radius);
  static Shape * NewSquare(double x, double y, double side);
  static Shape * Larger(Shape * first, Shape * second);
};

// A class template, instantiated twice by the interface file.
template <typename T>
class Box
{
public:
  Box()
    : value()
  {}
  explicit Box(T initial)
    : value(initial)
  {}
  T Get() const { return value; }
  void Set(T v) { value = v; }
  Box Twice() const { return Box(value + value); }
  bool Holds(T v) const { return value == v; }

  T value;
};

// Static members only: a static C# class.
struct Stats
{
  static double Mean(const std::vector<double> & values);
  static int Calls();
};

double Distance(const Point & a, const Point & b);
// Changes the caller's own point.
void Shift(Point & point, double dx, double dy);
Point Midpoint(const Point * a, const Point * b);

// Global variables: static properties of the module's class, one value both languages read and write.
extern int Counter;
extern const double Epsilon;
extern Point Anchor;
extern std::string Label;
extern const char * Greeting;
// Adds one to Counter in C++ and returns it.
int BumpCounter();
// A point C++ looks at but does not own, or none: a pointer variable is written as a proxy or as null.
extern Point * Marker;
// Marker's x, or -1 when it points at nothing.
double MarkerX();

// The smallest and the largest of the values: a std::pair, a class with first and second in C#.
std::pair<double, double> MinMax(const std::vector<double> & values);
// range.second - range.first.
double Span(const std::pair<double, double> & range);

// A std::map: a class with its indexer, Keys(), Get(), Set() and the rest in C#.
std::map<std::string, double> Areas();
double TotalArea(const std::map<std::string, double> & areas);

// No default constructor: a pair of it cannot be made empty.
struct Grade
{
  explicit Grade(int v) : value(v) {}
  int value;
};

// A member pointer, written as a proxy or as null as well.
struct Pin
{
  Point * at = nullptr;
  // at's x, or -1 when it points at nothing.
  double AtX() const;
};
} // namespace geo
