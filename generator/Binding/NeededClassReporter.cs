using ItkBindGen.Binding.Selection;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Binding;

/// <summary>
/// Says once, at what selected a class (its %template, or its declaration), which classes the module does not wrap keep
/// some of its members from being wrapped, and the directive that wraps them: a warning of its own (IBG3010), so
/// silencing the per-member warnings (IBG3001) does not hide it.
/// </summary>
internal static class NeededClassReporter
{
    public static void Report(IReadOnlyList<SelectedClass> selected, IReadOnlyList<ClassBinding> classes, DiagnosticBag diagnostics)
    {
        var needs = classes
            // What is left out by design is not for want of a class.
            .SelectMany(c => c.Skipped.Where(s => s.NeedsClass is not null && s.Id != DiagnosticIds.NotWrappedByDesign).Select(s => (Class: c, Skip: s)))
            .GroupBy(n => n.Skip.NeedsClass!, StringComparer.Ordinal);
        foreach (var need in needs)
        {
            var first = need.First();
            if (selected.FirstOrDefault(s => s.Cpp.FullName == first.Class.CppName) is not { } origin)
            {
                continue;
            }
            var members = need.Select(n => (n.Class.CsName, Member: MemberName(n.Skip.Member))).Distinct().ToList();
            var classCount = members.Select(m => m.CsName).Distinct(StringComparer.Ordinal).Count();
            var what = members.Count == 1
                ? $"its member {members[0].Member} is not wrapped in {members[0].CsName}"
                : $"{members.Count} members of {(classCount == 1 ? members[0].CsName : $"{classCount} classes")} are not wrapped (e.g. {members[0].Member} in {members[0].CsName})";
            diagnostics.Warning(DiagnosticIds.NeededClassNotWrapped, origin.Location, $"class '{need.Key}' is not wrapped, so {what}: {Hint(need.Key)}");
        }
    }

    // "itk::X<...>::Name(int)" → "Name".
    private static string MemberName(string member)
    {
        var open = -1;
        for (int i = 0, angle = 0; i < member.Length && open < 0; i++)
        {
            angle += member[i] == '<' ? 1 : member[i] == '>' ? -1 : 0;
            open = member[i] == '(' && angle == 0 ? i : -1;
        }
        var head = open < 0 ? member : member[..open];
        var depth = 0;
        for (var i = head.Length - 1; i > 0; i--)
        {
            depth += head[i] == '>' ? 1 : head[i] == '<' ? -1 : 0;
            if (depth == 0 && head[i] == ':' && head[i - 1] == ':')
            {
                return head[(i + 1)..];
            }
        }
        return head;
    }

    /// <summary>The directive that wraps the class: a %template for an instantiation, an %include for a plain class.</summary>
    private static string Hint(string cppClass) => cppClass.Contains('<', StringComparison.Ordinal)
        ? $"add %template({SuggestedName(cppClass)}) {cppClass}; (or %import the module that wraps it)"
        : "%include the header that declares it (or %import the module that wraps it)";

    /// <summary>A C# name in ITK's wrapping style: the template's name and its arguments abbreviated (<c>ImageBase3</c>, <c>ImageUC2</c>).</summary>
    internal static string SuggestedName(string cppType)
    {
        var text = cppType.Trim();
        var open = text.IndexOf('<');
        if (open < 0)
        {
            return Abbreviations.TryGetValue(text, out var abbreviation) ? abbreviation
                : string.Concat(text[(text.LastIndexOf("::", StringComparison.Ordinal) + 1)..].Where(char.IsLetterOrDigit));
        }
        var name = text[(text.LastIndexOf("::", open, StringComparison.Ordinal) + 1)..open].Trim(':');
        return name + string.Concat(TopLevel.Split(text[(open + 1)..text.LastIndexOf('>')], ',').Select(SuggestedName));
    }

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["float"] = "F", ["double"] = "D", ["bool"] = "B", ["char"] = "C", ["signed char"] = "SC", ["unsigned char"] = "UC",
        ["short"] = "SS", ["unsigned short"] = "US", ["int"] = "SI", ["unsigned int"] = "UI", ["long"] = "SL", ["unsigned long"] = "UL",
        ["long long"] = "SLL", ["unsigned long long"] = "ULL",
    };
}
