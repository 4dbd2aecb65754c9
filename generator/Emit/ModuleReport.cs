using System.Text.Json;
using System.Text.Json.Serialization;
using ItkBindGen.Binding;

namespace ItkBindGen.Emit;

// The --report file: every class of a module with what was wrapped (C# signatures) and what was skipped and why, and the
// modules it imports (whose C# must be compiled with its own).
// Serialized by a source-generated context (no reflection).

internal sealed record ModuleReportJson(string Module, string Namespace, List<string> Imports, ReportSummaryJson Summary, List<ClassReportJson> Classes, MembersReportJson Functions);

internal sealed record ReportSummaryJson(int Classes, int Wrapped, int Skipped, SortedDictionary<string, int> SkippedById);

internal sealed record ClassReportJson(string Name, string Cpp, string? Base, List<string> Wrapped, List<SkippedReportJson> Skipped);

internal sealed record MembersReportJson(List<string> Wrapped, List<SkippedReportJson> Skipped);

internal sealed record SkippedReportJson(string Member, string Id, string Reason, string Location);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ModuleReportJson))]
internal sealed partial class ModuleReportJsonContext : JsonSerializerContext;

/// <summary>Writes the <c>--report</c> JSON of a module from its binding model.</summary>
public static class ModuleReport
{
    public static string ToJson(ModuleBinding module)
    {
        var classes = module.Classes.Select(c => new ClassReportJson(
            c.CsName, c.CppName, c.BaseClass?.CsName, Wrapped(c), c.Skipped.Select(Skipped).ToList())).ToList();
        var functions = new MembersReportJson(module.Functions.Select(Signature).ToList(), module.SkippedFunctions.Select(Skipped).ToList());
        var allSkipped = module.Classes.SelectMany(c => c.Skipped).Concat(module.SkippedFunctions).ToList();
        var summary = new ReportSummaryJson(
            module.Classes.Count,
            classes.Sum(c => c.Wrapped.Count) + functions.Wrapped.Count,
            allSkipped.Count,
            new SortedDictionary<string, int>(allSkipped.GroupBy(s => s.Id.ToString()).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal));
        var report = new ModuleReportJson(module.Name, module.Namespace, [.. module.Imports], summary, classes, functions);
        return JsonSerializer.Serialize(report, ModuleReportJsonContext.Default.ModuleReportJson) + "\n";
    }

    private static List<string> Wrapped(ClassBinding c)
    {
        var wrapped = new List<string>();
        wrapped.AddRange(c.Constructors.Select(k => $"{c.CsName}({k.CsParameterList})"));
        wrapped.AddRange(c.Properties.Select(p => $"{(p.Getter.IsStatic ? "static " : string.Empty)}{p.CsType} {p.Name} {{ get;{(p.Setter is null ? string.Empty : " set;")} }}"));
        wrapped.AddRange(c.Methods.Where(m => m.Access == MemberAccess.Public).Select(Signature));
        if (c.Indexer is { } indexer)
        {
            wrapped.Add($"{indexer.CsType} this[{indexer.CsParameter}] {{ get;{(indexer.Setter is null ? string.Empty : " set;")} }}");
        }
        wrapped.AddRange(c.Operators.Select(o => o.CsDeclaration[..o.CsDeclaration.IndexOf(" =>", StringComparison.Ordinal)]));
        return wrapped;
    }

    private static string Signature(MethodBinding m) =>
        $"{(m.IsStatic ? "static " : string.Empty)}{m.Return.CsType} {m.CsName}({m.CsParameterList})";

    private static SkippedReportJson Skipped(SkippedMember s) => new(s.Member, s.Id.ToString(), s.Reason, s.Location.ToString());
}
