using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// A macro of the interface preprocessor: <c>#define NAME body</c>, <c>#define NAME(a, b) body</c>, or SWIG's
/// multi-line <c>%define NAME(a, b...) body %enddef</c>. The last parameter of a variadic macro takes the rest of the
/// arguments, commas included (<c>__VA_ARGS__</c> for <c>...</c>). Names of SWIG's <c>%</c>-macros keep their <c>%</c>.
/// </summary>
internal sealed record MacroDefinition(string Name, IReadOnlyList<string>? Parameters, bool IsVariadic, IReadOnlyList<InterfaceToken> Body, SourceLocation Location)
{
    public bool IsFunctionLike => Parameters is not null;

    /// <summary>How a diagnostic names the expansion: <c>macro 'X' defined at a.i(3,9)</c>.</summary>
    public string Description => Location.IsKnown ? $"macro '{Name}' defined at {Location}" : $"macro '{Name}'";
}
