using System.Diagnostics;

namespace ItkBindGen.SwigSuite;

/// <summary>
/// Checks a module's shim with <c>g++ -std=c++17 -fsyntax-only</c>, each translation unit on its own, as its CMake
/// fragment builds it. The shim's support header is precompiled once and used where the module's header includes
/// nothing but standard headers before it (so the order of what is read is unchanged); that saves most of g++'s time.
/// </summary>
internal sealed class ShimCheck
{
    private const string SupportHeader = "ItkBindGenShim.h";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    private readonly IReadOnlyList<string> _includeFolders;
    private readonly string? _precompiledFolder;

    private ShimCheck(IReadOnlyList<string> includeFolders, string? precompiledFolder)
    {
        _includeFolders = includeFolders;
        _precompiledFolder = precompiledFolder;
    }

    /// <summary>Precompiles the support header the generator writes beside every shim into <paramref name="workFolder"/>.</summary>
    public static ShimCheck Create(IReadOnlyList<string> includeFolders, string workFolder)
    {
        var folder = Path.Combine(workFolder, "_precompiled");
        Directory.CreateDirectory(folder);
        var header = Path.Combine(folder, SupportHeader);
        File.WriteAllText(header, Emit.TemplateSet.ReadEmbedded("native/" + SupportHeader));
        var (exit, errors) = Run(["-std=c++17", "-x", "c++-header", .. includeFolders.SelectMany(f => new[] { "-I", f }), header, "-o", header + ".gch"]);
        if (exit != 0)
        {
            Console.WriteLine($"note: the support header did not precompile, every unit reads it in full: {errors.FirstOrDefault()}");
            return new ShimCheck(includeFolders, null);
        }
        return new ShimCheck(includeFolders, folder);
    }

    /// <summary>The first lines g++ printed for the first unit that failed; empty when every unit compiles.</summary>
    public List<string> Compile(string folder)
    {
        var precompiled = _precompiledFolder is not null && ReadsOnlyStandardHeadersFirst(folder)
            ? new[] { "-Winvalid-pch", "-I", _precompiledFolder, "-include", SupportHeader }
            : [];
        foreach (var unit in CompiledSources(folder))
        {
            var (exit, errors) = Run(["-std=c++17", "-fsyntax-only", .. precompiled, "-I", folder, .. _includeFolders.SelectMany(f => new[] { "-I", f }), unit]);
            if (exit != 0)
            {
                return errors.Where(l => l.Contains("error", StringComparison.Ordinal)).Take(5).DefaultIfEmpty(errors.FirstOrDefault() ?? $"g++ exit {exit}").ToList();
            }
        }
        return [];
    }

    /// <summary>The sources the module's CMake fragments compile, as its build does; every .cpp when a folder has none.</summary>
    private static IEnumerable<string> CompiledSources(string folder)
    {
        var listed = Directory.GetFiles(folder, "*.cmake").SelectMany(ItkBindGen.Tests.Compilation.ShimFragment.CompiledSources).Where(File.Exists).ToList();
        return listed.Count > 0 ? listed.Order(StringComparer.Ordinal) : Directory.GetFiles(folder, "*.cpp").Order(StringComparer.Ordinal);
    }

    /// <summary>Whether the module's shim header includes only standard headers before the support header.</summary>
    private static bool ReadsOnlyStandardHeadersFirst(string folder)
    {
        var header = Directory.GetFiles(folder, "*_wrap.h").FirstOrDefault();
        if (header is null)
        {
            return false;
        }
        var lines = File.ReadLines(header).SkipWhile(l => !l.StartsWith("#pragma once", StringComparison.Ordinal)).Skip(1);
        foreach (var line in lines.Select(l => l.Trim()))
        {
            if (line == $"#include \"{SupportHeader}\"")
            {
                return true;
            }
            if (line.Length > 0 && !line.StartsWith("#include <", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return false;
    }

    private static (int Exit, List<string> Errors) Run(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("g++") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("g++ did not start");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            return (-1, [$"g++ took more than {Limit.TotalSeconds:F0} s"]);
        }
        return (process.ExitCode, [.. errors.Result.Split('\n').Where(l => l.Length > 0), .. output.Result.Split('\n').Where(l => l.Length > 0)]);
    }
}
