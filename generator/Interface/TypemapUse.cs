namespace ItkBindGen.Interface;

/// <summary>
/// The part of SWIG's typemaps this tool takes: what it does with them (docs/swig.md says why). Every other typemap
/// method is refused where it is written, naming what to use instead.
/// </summary>
public enum TypemapUse
{
    /// <summary><c>cscode</c>, <c>csimports</c>, <c>csclassmodifiers</c>, <c>csinterfaces</c>, <c>csbase</c>, <c>csattributes</c>: text added to a C# proxy class.</summary>
    ProxyText,

    /// <summary>
    /// <c>ctype</c>, <c>imtype</c>, <c>cstype</c>, <c>in</c>, <c>out</c>, <c>csin</c>, <c>csout</c>: together, how a C++ type of
    /// the user's own crosses as a C# type of the user's own. Only the whole set is taken.
    /// </summary>
    CustomType,

    /// <summary><c>throws</c>: how a C++ exception type becomes a C# one; every call here already turns C++ exceptions into .NET ones.</summary>
    Throws,
}
