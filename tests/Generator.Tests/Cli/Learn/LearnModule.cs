namespace ItkBindGen.Tests.Cli.Learn;

/// <summary>
/// A module of two plain classes, each in a shim unit of its own, whose inline methods use the same class templates:
/// <c>Accumulator&lt;int&gt;</c>, whose code both units compile, and <c>Broken&lt;int&gt;</c>, which both use too but which
/// does not compile whole (its unused <c>Bad</c> calls a member <c>int</c> lacks); and the same function template,
/// <c>Digits&lt;int&gt;</c>.
/// </summary>
internal static class LearnModule
{
    public const string Header = """
        #pragma once
        template <typename T> struct Accumulator
        {
          T Sum(const T * values, int count) const;
          T Largest(const T * values, int count) const;
          T Spread(const T * values, int count) const;
        };
        template <typename T> T Accumulator<T>::Sum(const T * values, int count) const
        {
          T sum{};
          for (int i = 0; i < count; ++i) { sum += values[i]; }
          return sum;
        }
        template <typename T> T Accumulator<T>::Largest(const T * values, int count) const
        {
          T largest = values[0];
          for (int i = 1; i < count; ++i) { if (values[i] > largest) { largest = values[i]; } }
          return largest;
        }
        template <typename T> T Accumulator<T>::Spread(const T * values, int count) const
        {
          T smallest = values[0];
          T largest = values[0];
          for (int i = 1; i < count; ++i)
          {
            if (values[i] < smallest) { smallest = values[i]; }
            if (values[i] > largest) { largest = values[i]; }
          }
          return largest - smallest;
        }
        template <typename T> struct Broken
        {
          T Used(T x) const;
          T Bad(T x) const { return x.missing(); }
        };
        template <typename T> T Broken<T>::Used(T x) const
        {
          T digits{};
          for (T rest = x < 0 ? -x : x; rest > 0; rest /= 10) { digits += rest % 10 == 0 ? 2 : rest % 10; }
          for (T rest = x < 0 ? -x : x; rest > 0; rest /= 7) { digits += rest % 7 == 0 ? 3 : rest % 7; }
          return digits;
        }
        template <typename T> T Digits(T x)
        {
          T count{};
          for (T rest = x < 0 ? -x : x; rest > 0; rest /= 10) { ++count; }
          return count == 0 ? 1 : count;
        }
        class First
        {
        public:
          int Total(int a, int b) const { int v[2] = {a, b}; return Accumulator<int>().Sum(v, 2) + Accumulator<int>().Largest(v, 2) + Accumulator<int>().Spread(v, 2) + Broken<int>().Used(a) + Digits(b); }
        };
        class Second
        {
        public:
          int Total(int a, int b, int c) const { int v[3] = {a, b, c}; return Accumulator<int>().Sum(v, 3) + Accumulator<int>().Largest(v, 3) + Accumulator<int>().Spread(v, 3) + Broken<int>().Used(c) + Digits(a); }
        };
        """;

    public const string Interface = """
        %module M
        %{
        #include "shared.h"
        %}
        %include "shared.h"
        """;
}
