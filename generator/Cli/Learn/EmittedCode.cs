using System.Diagnostics;
using System.Globalization;

namespace ItkBindGen.Cli.Learn;

/// <summary>
/// What a class's weak definitions, or a function template instantiation's, cost across the objects: in how many
/// objects they were compiled and the bytes compiled more than once.
/// </summary>
/// <param name="Owner">The class template instantiation, or the function's declaration, as source spells it.</param>
/// <param name="Objects">The most objects any one of its own members (member templates aside), or the function, was compiled in.</param>
/// <param name="DuplicateBytes">The sum over its symbols of size times (objects defining it - 1); a member template's copies only in objects that compiled the class's own members.</param>
/// <param name="Bytes">The sum of its symbols' sizes, each once: about what compiling it once costs (an explicit instantiation compiles unused members too).</param>
/// <param name="IsFunction">A function template's instantiation rather than a class's.</param>
internal sealed record SharedOwner(string Owner, int Objects, long DuplicateBytes, long Bytes, bool IsFunction = false);

/// <summary>One weak definition of a build: its demangled name, its size and the objects (by index) that define it.</summary>
internal sealed record EmittedSymbol(string Demangled, long Size, IReadOnlyCollection<int> Objects);

/// <summary>
/// Reads the weak definitions (what the compiler emits for template instantiations and inline functions) of a build's
/// objects with binutils' <c>nm</c>, and finds the class and function template instantiations whose code several objects compiled.
/// Symbols are told apart by their mangled names (a constructor's complete and base object versions demangle alike)
/// and demangled once each with <c>c++filt</c>.
/// </summary>
internal static class EmittedCode
{
    public static IReadOnlyList<SharedOwner> Shared(IReadOnlyList<string> objects)
    {
        // mangled symbol -> (size, the objects defining it)
        var symbols = new Dictionary<string, (long Size, List<int> Objects)>(StringComparer.Ordinal);
        for (var o = 0; o < objects.Count; o++)
        {
            foreach (var (name, size) in WeakDefinitions(objects[o]).DistinctBy(s => s.Name))
            {
                if (symbols.TryGetValue(name, out var seen))
                {
                    seen.Objects.Add(o);
                    symbols[name] = (Math.Max(seen.Size, size), seen.Objects);
                }
                else
                {
                    symbols[name] = (size, [o]);
                }
            }
        }
        var names = symbols.Keys.Order(StringComparer.Ordinal).ToList();
        var demangled = Demangle(names);
        return Tally(names.Select((n, i) => new EmittedSymbol(demangled[i], symbols[n].Size, symbols[n].Objects)));
    }

    /// <summary>
    /// Sums each class's symbols. Each function template instantiation (a member template's too) is an entry of its
    /// own, with all its copies: listed, its code is emitted once, wherever it is called from (an inline one is still
    /// compiled for inlining in each unit that calls it). A member template that cannot be such an entry (an operator,
    /// say) counts toward its class instead, but only its copies in the objects that compiled members of the class's
    /// own: those copies the class's members made, which listing the class makes once; a copy elsewhere would stay. A
    /// class seen in member templates alone is left out. So no symbol's bytes count twice.
    /// </summary>
    public static IReadOnlyList<SharedOwner> Tally(IEnumerable<EmittedSymbol> symbols)
    {
        var owners = new Dictionary<string, OwnerTally>(StringComparer.Ordinal);
        var memberTemplates = new List<(string Owner, EmittedSymbol Symbol)>();
        var functions = new Dictionary<string, SharedOwner>(StringComparer.Ordinal);
        foreach (var symbol in symbols)
        {
            if (OwnerNames.FunctionTemplate(symbol.Demangled) is { } function)
            {
                // Dropping the demangler's number suffixes could make two symbols read alike: the larger counts.
                var entry = new SharedOwner(function, symbol.Objects.Count, symbol.Size * (symbol.Objects.Count - 1), symbol.Size, IsFunction: true);
                if (!functions.TryGetValue(function, out var seen) || seen.DuplicateBytes < entry.DuplicateBytes)
                {
                    functions[function] = entry;
                }
                continue;
            }
            switch (OwnerNames.Classify(symbol.Demangled))
            {
                case ({ } owner, false):
                    var tally = owners.TryGetValue(owner, out var t) ? t : owners[owner] = new OwnerTally();
                    tally.Add(symbol.Size, symbol.Objects.Count);
                    tally.Objects.UnionWith(symbol.Objects);
                    tally.MostObjects = Math.Max(tally.MostObjects, symbol.Objects.Count);
                    break;
                case ({ } templateOwner, true):
                    memberTemplates.Add((templateOwner, symbol));
                    break;
            }
        }
        foreach (var (owner, symbol) in memberTemplates)
        {
            if (owners.TryGetValue(owner, out var tally) && symbol.Objects.Count(tally.Objects.Contains) is var copies and > 0)
            {
                tally.Add(symbol.Size, copies);
            }
        }
        return owners.Select(o => new SharedOwner(o.Key, o.Value.MostObjects, o.Value.Duplicates, o.Value.Bytes)).Concat(functions.Values).ToList();
    }

    private sealed class OwnerTally
    {
        public HashSet<int> Objects { get; } = [];

        public int MostObjects { get; set; }

        public long Duplicates { get; private set; }

        public long Bytes { get; private set; }

        public void Add(long size, int copies)
        {
            Duplicates += size * (copies - 1);
            Bytes += size;
        }
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
