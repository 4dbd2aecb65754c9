using ItkBindGen.Diagnostics;

namespace ItkBindGen.Binding;

/// <summary>
/// Reports what is not wrapped once per declaration and reason: a member of a base template skipped in 273 filters is
/// one warning at its declaration that names how many classes it affects and one of them. Every skip stays listed per
/// class in the model, for the <c>--report</c> file.
/// </summary>
internal static class SkipReporter
{
    private sealed record Group(SkippedMember First)
    {
        public List<string> Classes { get; } = [];
    }

    /// <summary>One warning per declaration and reason, in the order they were first met.</summary>
    /// <param name="skips">Each skip with the C# class it belongs to (null for a free function), in binding order.</param>
    /// <param name="diagnostics">Where the warnings go.</param>
    public static void Report(IEnumerable<(string? Owner, SkippedMember Skip)> skips, DiagnosticBag diagnostics)
    {
        var groups = new Dictionary<(DiagnosticId, SourceLocation, string), Group>();
        var order = new List<Group>();
        // What is left out by design (deleted members, assignment, reference counting) is in the report only.
        foreach (var (owner, skip) in skips.Where(s => s.Skip.Id != DiagnosticIds.NotWrappedByDesign))
        {
            var key = (skip.Id, skip.Location, skip.Reason);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = new Group(skip);
                order.Add(group);
            }
            if (owner is not null && !group.Classes.Contains(owner, StringComparer.Ordinal))
            {
                group.Classes.Add(owner);
            }
        }
        foreach (var group in order)
        {
            var message = group.Classes.Count > 1
                ? $"'{group.First.SharedMember}' is not wrapped in {group.Classes.Count} classes (e.g. {group.Classes[0]}): {group.First.Reason}"
                : $"'{group.First.Member}' is not wrapped: {group.First.Reason}";
            diagnostics.Warning(group.First.Id, group.First.Location, message);
        }
    }
}
