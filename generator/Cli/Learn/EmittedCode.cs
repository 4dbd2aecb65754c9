using System.Diagnostics;
using System.Globalization;

namespace ItkBindGen.Cli.Learn;

/// <summary>What an owner class's weak definitions cost across the objects: in how many objects they were compiled and the bytes compiled more than once.</summary>
/// <param name="Owner">The class template instantiation, as source spells it.</param>
/// <param name="Objects">The most objects any one of its symbols was compiled in.</param>
/// <param name="DuplicateBytes">The sum over its symbols of size times (objects defining it - 1).</param>
/// <param name="Bytes">The sum of its symbols' sizes, each once: about what compiling it once costs (an explicit instantiation compiles unused members too).</param>
internal sealed record SharedOwner(string Owner, int Objects, long DuplicateBytes, long Bytes);

/// <summary>
/// Reads the weak definitions (what the compiler emits for template instantiations and inline functions) of a build's
/// objects with binutils' <c>nm</c>, and finds the class template instantiations whose code several objects compiled.
/// </summary>
internal static class EmittedCode
{
    public static IReadOnlyList<SharedOwner> Shared(IReadOnlyList<string> objects)
    {
        // symbol -> (size, objects defining it)
        var symbols = new Dictionary<string, (long Size, int Count)>(StringComparer.Ordinal);
        foreach (var obj in objects)
        {
            foreach (var (name, size) in WeakDefinitions(obj).DistinctBy(s => s.Name))
            {
                symbols[name] = symbols.TryGetValue(name, out var seen) ? (Math.Max(seen.Size, size), seen.Count + 1) : (size, 1);
            }
        }
        var owners = new Dictionary<string, (long Duplicates, long Bytes, int MaxObjects)>(StringComparer.Ordinal);
        foreach (var (name, (size, count)) in symbols)
        {
            if (OwnerNames.Of(name) is not { } owner)
            {
                continue;
            }
            var entry = owners.TryGetValue(owner, out var e) ? e : (0, 0, 0);
            owners[owner] = (entry.Duplicates + size * (count - 1), entry.Bytes + size, Math.Max(entry.MaxObjects, count));
        }
        return owners.Select(o => new SharedOwner(o.Key, o.Value.MaxObjects, o.Value.Duplicates, o.Value.Bytes)).ToList();
    }

    /// <summary>The demangled names and sizes of an object's weak definitions (nm's W and V).</summary>
    private static IEnumerable<(string Name, long Size)> WeakDefinitions(string obj)
    {
        var start = new ProcessStartInfo("nm") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-C", "-S", "--defined-only", obj })
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new LearnException("nm could not be started");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new LearnException($"nm could not be started ({e.Message}); install binutils");
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var found = new List<(string, long)>();
            while (process.StandardOutput.ReadLine() is { } line)
            {
                // "address size type name", the name with spaces of its own.
                var parts = line.Split(' ', 4);
                if (parts.Length == 4 && parts[2] is "W" or "V"
                    && long.TryParse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size))
                {
                    found.Add((parts[3], size));
                }
            }
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new LearnException($"nm failed on '{obj}': {error.Result.Trim()}");
            }
            return found;
        }
    }
}

/// <summary>A failure of <c>learn-instantiations</c> that the user can act on; its message says what to do.</summary>
internal sealed class LearnException(string message) : Exception(message);
