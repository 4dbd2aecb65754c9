using ItkBindGen.Diagnostics;

namespace ItkBindGen.Binding;

/// <summary>
/// Collects what is not wrapped, per class, and reports it once per declaration and reason: a member of a
/// base template skipped in 273 filters is one warning at its declaration that names how many classes it
/// affects and one of them. Every skip stays listed per class for the <c>--report</c> file.
/// </summary>
internal sealed class SkipReporter
{
    private sealed record Group(DiagnosticId Id, SourceLocation Location, string Reason, string Member, string SharedMember)
    {
        public List<string> Classes { get; } = [];
    }

    private readonly Dictionary<(DiagnosticId, SourceLocation, string), Group> _groups = [];
    private readonly List<Group> _order = [];
    private readonly Dictionary<string, List<SkippedMember>> _byClass = new(StringComparer.Ordinal);
    private readonly List<SkippedMember> _functions = [];

    /// <summary>
    /// Records one skip: <paramref name="owner"/> is the C# class the member would have belonged to (null for a free
    /// function), <paramref name="member"/> the member as that class sees it, <paramref name="sharedMember"/> as its
    /// declaring class has it, for a warning over several classes.
    /// </summary>
    public void Add(string? owner, string member, string sharedMember, DiagnosticId id, string reason, SourceLocation location)
    {
        var skipped = new SkippedMember(member, id, reason, location);
        if (owner is null)
        {
            _functions.Add(skipped);
        }
        else
        {
            if (!_byClass.TryGetValue(owner, out var list))
            {
                _byClass[owner] = list = [];
            }
            list.Add(skipped);
        }
        var key = (id, location, reason);
        if (!_groups.TryGetValue(key, out var group))
        {
            _groups[key] = group = new Group(id, location, reason, member, sharedMember);
            _order.Add(group);
        }
        if (owner is not null && !group.Classes.Contains(owner, StringComparer.Ordinal))
        {
            group.Classes.Add(owner);
        }
    }

    public IReadOnlyList<SkippedMember> Of(string owner) => _byClass.TryGetValue(owner, out var list) ? list : [];

    public IReadOnlyList<SkippedMember> Functions => _functions;

    /// <summary>One warning per declaration and reason, in the order they were first met.</summary>
    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var group in _order)
        {
            var message = group.Classes.Count > 1
                ? $"'{group.SharedMember}' is not wrapped in {group.Classes.Count} classes (e.g. {group.Classes[0]}): {group.Reason}"
                : $"'{group.Member}' is not wrapped: {group.Reason}";
            diagnostics.Warning(group.Id, group.Location, message);
        }
    }
}
