namespace ItkBindGen.SwigSuite;

/// <summary>
/// <c>expected-failures.txt</c>: files whose generated output is known not to compile, each with the binder bug
/// behind it. Only <see cref="Outcome.DoesNotCompile"/> can be expected; a crash, a hang, an unlocated refusal or a
/// write on error never is. A listed file that no longer fails fails the run, so the list only shrinks.
/// </summary>
internal sealed class ExpectedFailures(IReadOnlyDictionary<string, string> reasons)
{
    public static ExpectedFailures Read(string path) =>
        new(File.Exists(path)
            ? File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal));

    public int Count => reasons.Count;

    public bool Expects(FileOutcome outcome) => outcome.Outcome == Outcome.DoesNotCompile && reasons.ContainsKey(outcome.Name);

    /// <summary>Listed files that did not fail as expected (or were not run).</summary>
    public IEnumerable<string> Stale(IReadOnlyList<FileOutcome> outcomes)
    {
        var byName = outcomes.ToDictionary(o => o.Name, StringComparer.Ordinal);
        return reasons.Keys.Where(name => byName.TryGetValue(name, out var outcome) && !Expects(outcome)).Order(StringComparer.Ordinal);
    }
}
