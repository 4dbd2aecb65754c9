using ItkBindGen.Diagnostics;

namespace ItkBindGen.Parsing;

/// <summary>A class template specialization to instantiate, as written by the user, and where it was written.</summary>
public sealed record CppInstantiationRequest(string Spelling, SourceLocation Location)
{
    public CppInstantiationRequest(string spelling)
        : this(spelling, SourceLocation.None)
    {
    }
}
