namespace ItkBindGen.Tests.Snapshots;

/// <summary>
/// Verify-style golden files: <c>name.verified.ext</c> in a folder per case beside the tests, <c>name.received.ext</c>
/// written on mismatch. <c>ITKBINDGEN_ACCEPT=1</c> accepts the received output, except under CI.
/// </summary>
internal static class GoldenFiles
{
    public static string SourceFolder() => Path.Combine(RepositoryPaths.TestsFolder, "Snapshots");

    /// <summary>Compares every produced file with its verified twin; returns the mismatches, empty when all agree.</summary>
    public static List<string> Verify(string caseName, IReadOnlyDictionary<string, string> produced)
    {
        var folder = Path.Combine(SourceFolder(), caseName);
        Directory.CreateDirectory(folder);
        var accept = Environment.GetEnvironmentVariable("ITKBINDGEN_ACCEPT") == "1"
            && Environment.GetEnvironmentVariable("CI") != "true";
        var problems = new List<string>();
        foreach (var (name, content) in produced.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var verified = Path.Combine(folder, VerifiedName(name));
            var received = Path.Combine(folder, ReceivedName(name));
            var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
            if (expected == content)
            {
                File.Delete(received);
                continue;
            }
            if (accept)
            {
                File.WriteAllText(verified, content);
                File.Delete(received);
                continue;
            }
            File.WriteAllText(received, content);
            problems.Add(expected is null ? $"{name}: no verified file" : $"{name}: differs from {VerifiedName(name)} (see {ReceivedName(name)})");
        }
        var producedNames = produced.Keys.Select(VerifiedName).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.GetFiles(folder, "*.verified.*").Select(Path.GetFileName))
        {
            if (!producedNames.Contains(stale!))
            {
                if (accept)
                {
                    File.Delete(Path.Combine(folder, stale!));
                }
                else
                {
                    problems.Add($"{stale}: verified file that no output produced");
                }
            }
        }
        return problems;
    }

    private static string VerifiedName(string name) => Insert(name, ".verified");

    private static string ReceivedName(string name) => Insert(name, ".received");

    private static string Insert(string name, string marker)
    {
        var extension = Path.GetExtension(name);
        return Path.GetFileNameWithoutExtension(name) + marker + extension;
    }
}
