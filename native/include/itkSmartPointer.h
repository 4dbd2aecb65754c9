// Intrusive reference-counting pointer: calls Register()/UnRegister() on the pointee.
#pragma once

#include <cstddef>
#include <ostream>
#include <utility>

namespace itk
{
template <typename TObjectType>
class SmartPointer
{
public:
  using ObjectType = TObjectType;

  constexpr SmartPointer() noexcept = default;
  constexpr SmartPointer(std::nullptr_t) noexcept {}

  SmartPointer(ObjectType * p) : m_Pointer(p) { this->Register(); }

  SmartPointer(const SmartPointer & p) : m_Pointer(p.m_Pointer) { this->Register(); }

  SmartPointer(SmartPointer && p) noexcept : m_Pointer(p.m_Pointer) { p.m_Pointer = nullptr; }

  // Allows Pointer -> ConstPointer and Derived -> Base conversions.
  template <typename T>
  SmartPointer(const SmartPointer<T> & p) : m_Pointer(p.GetPointer())
  {
    this->Register();
  }

  ~SmartPointer() { this->UnRegister(); }

  ObjectType * operator->() const noexcept { return m_Pointer; }
  ObjectType & operator*() const noexcept { return *m_Pointer; }
  operator ObjectType *() const noexcept { return m_Pointer; }

  bool IsNotNull() const noexcept { return m_Pointer != nullptr; }
  bool IsNull() const noexcept { return m_Pointer == nullptr; }

  ObjectType * GetPointer() const noexcept { return m_Pointer; }

  // Copy-and-swap keeps self-assignment and aliasing safe.
  SmartPointer & operator=(SmartPointer r) noexcept
  {
    this->Swap(r);
    return *this;
  }

  SmartPointer & operator=(std::nullptr_t) noexcept
  {
    this->UnRegister();
    m_Pointer = nullptr;
    return *this;
  }

  void Swap(SmartPointer & other) noexcept { std::swap(m_Pointer, other.m_Pointer); }

  void Print(std::ostream & os) const
  {
    if (m_Pointer == nullptr)
    {
      os << "(null)";
    }
    else
    {
      m_Pointer->Print(os);
    }
  }

private:
  void Register()
  {
    if (m_Pointer)
    {
      m_Pointer->Register();
    }
  }

  void UnRegister() noexcept
  {
    if (m_Pointer)
    {
      m_Pointer->UnRegister();
    }
  }

  ObjectType * m_Pointer{ nullptr };
};

template <typename T>
std::ostream & operator<<(std::ostream & os, const SmartPointer<T> p)
{
  p.Print(os);
  return os;
}

template <typename T>
inline void swap(SmartPointer<T> & a, SmartPointer<T> & b) noexcept
{
  a.Swap(b);
}
} // namespace itk
