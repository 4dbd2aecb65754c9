using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// SWIG's warning numbers (<c>Source/Include/swigwarn.h</c>, also written <c>SWIGWARN_...</c>) that say what a
/// warning of this tool says, so <c>%warnfilter</c> and <c>#pragma SWIG nowarn</c> silence ours. SWIG warnings with no
/// counterpart here are about things this tool does not warn about, and filtering them changes nothing.
/// </summary>
internal static class SwigWarnings
{
    private static readonly Dictionary<string, int> Names = new(StringComparer.Ordinal)
    {
        ["SWIGWARN_PARSE_UNNAMED_NESTED_CLASS"] = 312,
        ["SWIGWARN_PARSE_NAMED_NESTED_CLASS"] = 325,
        ["SWIGWARN_LANG_IDENTIFIER"] = 503,
        ["SWIGWARN_LANG_OVERLOAD_IGNORED"] = 516,
    };

    /// <summary>Ours for a SWIG warning written as a number or a name, or null when there is none.</summary>
    public static DiagnosticId? Map(string warning)
    {
        var text = warning.TrimStart('+', '-');
        int number;
        if (text.StartsWith("SWIGWARN_IGNORE_OPERATOR_", StringComparison.Ordinal))
        {
            number = 350;
        }
        else if (!Names.TryGetValue(text, out number) && !int.TryParse(text, out number))
        {
            return null;
        }
        return number switch
        {
            312 or 325 => DiagnosticIds.ClassNotWrapped,
            >= 350 and <= 399 or 503 or 516 => DiagnosticIds.MemberNotWrapped,
            _ => null,
        };
    }
}
