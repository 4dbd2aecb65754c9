// Every model feature the parser must see, in one header.
#pragma once

#define DECLARE_SET_GET(name, type) \
  virtual void Set##name(const type _arg) { m_##name = _arg; } \
  virtual type Get##name() const { return m_##name; }

namespace demo
{
using Real = double;
typedef unsigned long SizeValue;

/** Adds two numbers. */
int Add(int a, int b = 3);

enum Global { One = 1, Two };

struct Point
{
  int x;
  int y;
};

union Bits
{
  int i;
  float f;
};

/** The base of shapes. */
class Shape
{
public:
  enum Mode { Fast, Slow = 10 };
  enum class Style : unsigned char { Solid = 1, Dashed = 4 };

  Shape();
  Shape(const Shape &) = delete;
  Shape & operator=(const Shape &) = delete;
  virtual ~Shape();

  /// Draws the shape.
  virtual void Draw() const = 0;
  void Move(int dx, int dy = 0);
  void Move(double dx);
  static int Count();
  bool operator==(const Shape & other) const;
  Shape & operator+=(int amount);
  void Scale(Real factor, SizeValue times);

  DECLARE_SET_GET(Width, double)

  int publicField;

protected:
  void ProtectedMethod();
  int m_Protected;

private:
  void PrivateMethod();
  double m_Width;
};

class Circle : public Shape
{
public:
  void Draw() const override;
  void Move(float dx);
  using Shape::Scale;
};

class Square : public Shape
{
public:
  using Shape::Move;
  void Draw() const override;
  void Move(float dx);
};

class Hidden : protected Shape, public virtual Point
{
public:
  void Draw() const override;
};

class NoConstruct
{
protected:
  NoConstruct();
  ~NoConstruct();
};

template <typename T, unsigned int VDimension = 3, bool VFlag = true>
class Grid : public Shape
{
public:
  using ValueType = T;
  using Self = Grid;
  static constexpr unsigned int Dimension = VDimension;

  Grid();
  void Draw() const override;
  /** Stores the value. */
  void SetValue(const ValueType & value);
  const T & GetValue() const;
  void SetValues(const T * values, unsigned int count);
  Grid<T, VDimension> * Self_();
  Grid<double, 2> * Other();
  T operator[](unsigned int index) const;
  operator const T *() const;

protected:
  T m_Value;
};
} // namespace demo
