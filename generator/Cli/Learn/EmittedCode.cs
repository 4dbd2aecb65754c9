using System.Diagnostics;
using System.Globalization;

namespace ItkBindGen.Cli.Learn;

/// <summary>What an owner class's weak definitions cost across the objects: in how many objects they were compiled and the bytes compiled more than once.</summary>
/// <param name="Owner">The class template instantiation, as source spells it.</param>
/// <param name="Objects">The most objects any one of its own members (member templates aside) was compiled in.</param>
/// <param name="DuplicateBytes">The sum over its symbols, its member templates' instantiations among them, of size times (objects defining it - 1).</param>
/// <param name="Bytes">The sum of its symbols' sizes, each once: about what compiling it once costs (an explicit instantiation compiles unused members too).</param>
internal sealed record SharedOwner(string Owner, int Objects, long DuplicateBytes, long Bytes);

/// <summary>
/// Reads the weak definitions (what the compiler emits for template instantiations and inline functions) of a build's
/// objects with binutils' <c>nm</c>, and finds the class template instantiations whose code several objects compiled.
/// Symbols are told apart by their mangled names (a constructor's complete and base object versions demangle alike)
/// and demangled once each with <c>c++filt</c>.
/// </summary>
internal static class EmittedCode
{
    public static IReadOnlyList<SharedOwner> Shared(IReadOnlyList<string> objects)
    {
        // mangled symbol -> (size, objects defining it)
        var symbols = new Dictionary<string, (long Size, int Count)>(StringComparer.Ordinal);
        foreach (var obj in objects)
        {
            foreach (var (name, size) in WeakDefinitions(obj).DistinctBy(s => s.Name))
            {
                symbols[name] = symbols.TryGetValue(name, out var seen) ? (Math.Max(seen.Size, size), seen.Count + 1) : (size, 1);
            }
        }
        var names = symbols.Keys.Order(StringComparer.Ordinal).ToList();
        var demangled = Demangle(names);
        // Objects counts the class's own members only: a member template's copies (from derived classes' constructors,
        // say) show the class's own code was compiled in several units only when its own members were too.
        var owners = new Dictionary<string, (long Duplicates, long Bytes, int MaxObjects)>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var own = OwnerNames.Of(demangled[i]);
            if ((own ?? OwnerNames.OfMemberTemplate(demangled[i])) is not { } owner)
            {
                continue;
            }
            var (size, count) = symbols[names[i]];
            var entry = owners.TryGetValue(owner, out var e) ? e : (0, 0, 0);
            owners[owner] = (entry.Duplicates + size * (count - 1), entry.Bytes + size, own is null ? entry.MaxObjects : Math.Max(entry.MaxObjects, count));
        }
        return owners.Where(o => o.Value.MaxObjects > 0).Select(o => new SharedOwner(o.Key, o.Value.MaxObjects, o.Value.Duplicates, o.Value.Bytes)).ToList();
    }

    /// <summary>The mangled names and sizes of an object's weak definitions (nm's W and V).</summary>
    private static List<(string Name, long Size)> WeakDefinitions(string obj)
    {
        var found = new List<(string, long)>();
        foreach (var line in Binutils("nm", ["-S", "--defined-only", obj], input: null))
        {
            // "address size type name"
            var parts = line.Split(' ', 4);
            if (parts.Length == 4 && parts[2] is "W" or "V"
                && long.TryParse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size))
            {
                found.Add((parts[3], size));
            }
        }
        return found;
    }

    /// <summary>The names demangled, in order (c++filt reads one a line and writes one a line).</summary>
    private static List<string> Demangle(List<string> mangled)
    {
        var demangled = Binutils("c++filt", [], mangled);
        if (demangled.Count != mangled.Count)
        {
            throw new LearnException($"c++filt gave {demangled.Count} names for {mangled.Count}");
        }
        return demangled;
    }

    /// <summary>Runs a binutils program to its end and returns its output lines; its failure is the learner's error.</summary>
    private static List<string> Binutils(string program, string[] arguments, IReadOnlyList<string>? input)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new LearnException($"{program} could not be started");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new LearnException($"{program} could not be started ({e.Message}); install binutils");
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var writing = input is null ? Task.CompletedTask : Task.Run(() =>
            {
                foreach (var line in input)
                {
                    process.StandardInput.WriteLine(line);
                }
                process.StandardInput.Close();
            });
            var lines = new List<string>();
            while (process.StandardOutput.ReadLine() is { } line)
            {
                lines.Add(line);
            }
            writing.Wait();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new LearnException($"{program} {string.Join(' ', arguments)} failed: {error.Result.Trim()}");
            }
            return lines;
        }
    }
}

/// <summary>A failure of <c>learn-instantiations</c> that the user can act on; its message says what to do.</summary>
internal sealed class LearnException(string message) : Exception(message);
