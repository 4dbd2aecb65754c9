namespace ItkBindGen.Interface;

/// <summary>Where a block of C++ goes in the shim, in SWIG's order: begin, runtime, header, wrapper.</summary>
public enum ShimSection
{
    /// <summary><c>%begin %{ %}</c>: the very top of the shim, before anything it includes.</summary>
    Begin,

    /// <summary><c>%runtime %{ %}</c>: after the begin section.</summary>
    Runtime,

    /// <summary><c>%{ %}</c>, <c>%header %{ %}</c> and <c>%inline %{ %}</c>, in the order they were read.</summary>
    Header,

    /// <summary><c>%wrapper %{ %}</c>: after the header section.</summary>
    Wrapper,
}
