// Wrapped by VectorCollectionRunTests: std::vector proxies of every kind of element, and C++ functions taking and returning them.
%module M
%include <std_vector.i>
%include <std_string.i>
%include <stdint.i>
%inline %{
#include <cstdint>
#include <string>
#include <vector>
namespace demo {
enum class Color { Red, Green, Blue };
struct Point
{
  double x = 0;
  double y = 0;
  Point() = default;
  Point(double a, double b) : x(a), y(b) {}
};
class Shape
{
public:
  explicit Shape(double area) : m_Area(area) {}
  double Area() const { return m_Area; }
private:
  double m_Area;
};
inline std::vector<int> Range(int n) { std::vector<int> v; for (int i = 0; i < n; ++i) v.push_back(i); return v; }
inline int Sum(const std::vector<int> & v) { int s = 0; for (int x : v) s += x; return s; }
inline void Append(std::vector<int> & v, int x) { v.push_back(x); }
inline int SizeOf(const std::vector<int> * v) { return static_cast<int>(v->size()); }
inline int ByValue(std::vector<int> v) { v.push_back(1); return static_cast<int>(v.size()); }
inline std::string Join(const std::vector<std::string> & names) { std::string r; for (const auto & n : names) r += (r.empty() ? "" : "+") + n; return r; }
inline std::vector<Point> Corners() { return {Point(0, 0), Point(1, 0), Point(1, 1)}; }
inline double TotalArea(const std::vector<Shape *> & shapes) { double a = 0; for (auto * s : shapes) a += s->Area(); return a; }
inline double Mean(const std::vector<double> & v) { double s = 0; for (double x : v) s += x; return v.empty() ? 0 : s / v.size(); }
}
%}
%template(IntVector) std::vector<int>;
%template(DoubleVector) std::vector<double>;
%template(FloatVector) std::vector<float>;
%template(Int64Vector) std::vector<std::int64_t>;
%template(UInt8Vector) std::vector<std::uint8_t>;
%template(BoolVector) std::vector<bool>;
%template(StringVector) std::vector<std::string>;
%template(PointVector) std::vector<demo::Point>;
%template(ShapeVector) std::vector<demo::Shape *>;
%template(ColorVector) std::vector<demo::Color>;
