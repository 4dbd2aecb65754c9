using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>What an <c>%apply</c> rule says a matched parameter is.</summary>
public enum ApplyMode
{
    /// <summary><c>T INPUT[N]</c>: a pointer to N values the callee reads.</summary>
    Input,

    /// <summary><c>T OUTPUT[N]</c>: a pointer to N values the callee writes.</summary>
    Output,

    /// <summary><c>OUTPUT</c> on a reference: the callee only writes it (C# <c>out</c>).</summary>
    OutReference,

    /// <summary><c>INOUT</c> on a reference: the callee reads and writes it (C# <c>ref</c>, the default for references).</summary>
    InOutReference,
}

/// <summary>
/// One parameter pattern of an <c>%apply</c> rule: a C++ type spelling (compared without white space), and a
/// parameter name when the rule names one.
/// </summary>
public sealed record ApplyTarget(string Type, string? Name)
{
    public override string ToString() => Name is null ? Type : $"{Type} {Name}";
}

/// <summary>
/// <c>%apply double INPUT[ImageDimension] { const double * };</c>: says what raw pointers and references mean,
/// in SWIG's spirit; every parameter of every wrapped class that matches a target is marshalled so.
/// <see cref="Length"/> is a number or a C++ constant expression evaluated in the class's scope.
/// </summary>
public sealed record ApplyDirective(ApplyMode Mode, string? Element, string? Length, IReadOnlyList<ApplyTarget> Targets, SourceLocation Location)
{
    public override string ToString()
    {
        var pattern = Mode switch
        {
            ApplyMode.Input => $"{Element} INPUT[{Length}]",
            ApplyMode.Output => $"{Element} OUTPUT[{Length}]",
            ApplyMode.OutReference => "OUTPUT",
            _ => "INOUT",
        };
        return $"%apply {pattern} {{ {string.Join(", ", Targets)} }};";
    }
}
