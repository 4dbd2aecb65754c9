namespace ItkBindGen.SwigSuite;

/// <summary>
/// The committed counts (<c>baseline.txt</c>): how many files generate and compile, and which. A run that falls below
/// them, or loses a file that generated, fails.
/// </summary>
internal sealed record Baseline(int Wrapped, int Generated, IReadOnlySet<string> WrappedFiles, IReadOnlySet<string> GeneratedFiles)
{
    public static Baseline Read(string path)
    {
        var (wrapped, generated) = (0, 0);
        var wrappedFiles = new HashSet<string>(StringComparer.Ordinal);
        var generatedFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split(' ', 2);
            switch (parts[0])
            {
                case "count-wrapped":
                    wrapped = int.Parse(parts[1]);
                    break;
                case "count-generated":
                    generated = int.Parse(parts[1]);
                    break;
                case "wrapped":
                    wrappedFiles.Add(parts[1]);
                    generatedFiles.Add(parts[1]);
                    break;
                case "empty":
                    generatedFiles.Add(parts[1]);
                    break;
            }
        }
        return new Baseline(wrapped, generated, wrappedFiles, generatedFiles);
    }

    public static void Write(string path, IReadOnlyList<FileOutcome> outcomes)
    {
        var lines = new List<string>
        {
            "# SWIG's test suite through itkbindgen (tests/SwigSuite/run.sh): the counts reached and the files behind them.",
            "# The run fails when a count drops or a file listed here no longer generates; raise it with run.sh --update-baseline.",
            $"count-wrapped {outcomes.Count(o => o.Outcome == Outcome.Wrapped)}",
            $"count-generated {outcomes.Count(o => o.Generated)}",
        };
        lines.AddRange(outcomes.Where(o => o.Generated).OrderBy(o => o.Name, StringComparer.Ordinal)
            .Select(o => $"{(o.Outcome == Outcome.Wrapped ? "wrapped" : "empty")} {o.Name}"));
        File.WriteAllLines(path, lines);
    }

    /// <summary>Why the run falls below this baseline; empty when it does not. A partial run (--only) is held to its files' lines only.</summary>
    public List<string> Regressions(IReadOnlyList<FileOutcome> outcomes, bool partial)
    {
        var problems = new List<string>();
        var byName = outcomes.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var wrapped = outcomes.Count(o => o.Outcome == Outcome.Wrapped);
        var generated = outcomes.Count(o => o.Generated);
        if (partial)
        {
            problems.AddRange(FileRegressions(byName, GeneratedFiles.Where(byName.ContainsKey)));
            return problems;
        }
        if (wrapped < Wrapped)
        {
            problems.Add($"{wrapped} files generate with something wrapped; the baseline has {Wrapped}");
        }
        if (generated < Generated)
        {
            problems.Add($"{generated} files generate; the baseline has {Generated}");
        }
        problems.AddRange(FileRegressions(byName, GeneratedFiles));
        return problems;
    }

    private IEnumerable<string> FileRegressions(Dictionary<string, FileOutcome> byName, IEnumerable<string> names)
    {
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            if (!byName.TryGetValue(name, out var outcome) || !outcome.Generated)
            {
                yield return $"{name} generated before and does not now: {outcome?.Outcome.ToString() ?? "missing"} {outcome?.Detail}";
            }
            else if (WrappedFiles.Contains(name) && outcome.Outcome != Outcome.Wrapped)
            {
                yield return $"{name} wrapped something before and wraps nothing now";
            }
        }
    }
}
