// Indentation helper passed to Print()/PrintSelf(), as in ITK.
#pragma once

#include <ostream>

namespace itk
{
class Indent
{
public:
  Indent(int ind = 0) : m_Indent(ind) {}

  const char * GetNameOfClass() const { return "Indent"; }

  // Nested objects print two spaces further in.
  Indent GetNextIndent() const { return Indent(m_Indent + 2); }

  int GetIndent() const { return m_Indent; }

  friend std::ostream & operator<<(std::ostream & os, const Indent & ind)
  {
    for (int i = 0; i < ind.m_Indent; ++i)
    {
      os << ' ';
    }
    return os;
  }

private:
  int m_Indent;
};
} // namespace itk
