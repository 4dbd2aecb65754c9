using ItkBindGen.Cli.Extend;
using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;
using ItkBindGen.Parsing;

namespace ItkBindGen.Cli;

/// <summary>
/// The C++ an interface file carries, as text for libclang: its <c>%{ %}</c> blocks and <c>%inline</c> code in the
/// shim's order (so inline code sees what the blocks include), then the declarations written in the file, each behind
/// a <c>#line</c> that places it in the interface file. Only interface files with inline code or declarations need
/// them; others are parsed from their headers alone, as before.
/// </summary>
internal static class InterfaceSources
{
    private static readonly ShimSection[] Order = [ShimSection.Begin, ShimSection.Runtime, ShimSection.Header, ShimSection.Wrapper];

    // What SWIG's runtime section gives the C++ of an interface file before it: the C library (NULL, malloc, sprintf)
    // and std::move, which SWIG's own runtime code includes.
    private const string SwigRuntimeIncludes = "\n#include <stddef.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <utility>\n";

    /// <summary>
    /// SWIG's runtime headers as the C++ parser reads them before the interface files' code, with the standard
    /// headers the shim's support header brings (which libclang cannot be pointed at here) but its heaviest.
    /// </summary>
    public static readonly VerbatimBlock RuntimeHeaders = new(
        SwigRuntimeIncludes + "#include <cstdint>\n#include <exception>\n#include <new>\n#include <stdexcept>\n#include <string>\n",
        SourceLocation.None, ShimSection.Runtime);

    /// <summary>
    /// The runtime section of the shim: those headers and the shim's support header, as SWIG puts its runtime before
    /// the file's own code, so a macro the code defines (<c>#define bool int</c>) cannot reach into them; the shim's
    /// later include of the support header is then empty.
    /// </summary>
    private static readonly VerbatimBlock ShimRuntime = new(SwigRuntimeIncludes + "#include \"ItkBindGenShim.h\"\n", SourceLocation.None, ShimSection.Runtime);

    /// <summary>Whether the files carry C++ of their own (inline code or declarations), as SWIG's interface files do.</summary>
    public static bool CarryCode(IEnumerable<InterfaceFile> files) => files.Any(HasCode);

    private static bool HasCode(InterfaceFile file) => file.InlineCode.Any() || file.Declarations.Count > 0 || file.Extends.Count > 0;

    /// <summary>A file's blocks and the helpers of its <c>%extend</c> members (placed in the interface file for libclang, not in the shim).</summary>
    private static IEnumerable<VerbatimBlock> Blocks(InterfaceFile file, bool placed) =>
        ExtendHelpers.Block(file, placed) is { } helpers ? file.VerbatimBlocks.Append(helpers) : file.VerbatimBlocks;

    /// <summary>The blocks of the shim, in SWIG's section order, with SWIG's runtime section first when the files carry code.</summary>
    public static List<VerbatimBlock> ShimBlocks(IReadOnlyList<InterfaceFile> files) =>
        (CarryCode(files) ? [ShimRuntime] : Enumerable.Empty<VerbatimBlock>())
            .Concat(files.SelectMany(f => OrderedForShim(Blocks(f, placed: false)))).ToList();

    public static List<CppSourceText> For(InterfaceFile file)
    {
        if (!HasCode(file))
        {
            return [];
        }
        var root = Path.GetFullPath(file.Path);
        var sources = new List<CppSourceText>();
        foreach (var block in OrderedForShim(Blocks(file, placed: true).Prepend(RuntimeHeaders)))
        {
            sources.Add(new CppSourceText(CppSourceText.PathFor(root, sources.Count), Placed(block.Text, block.TextLocation), block.IsInline));
        }
        foreach (var code in file.Declarations)
        {
            sources.Add(new CppSourceText(CppSourceText.PathFor(root, sources.Count), Placed(code.Text, code.Location), IsWrapped: true, IsDeclarationsOnly: true));
        }
        return sources;
    }

    /// <summary>The files whose C++ is wrapped: where the inline code and the declarations were written.</summary>
    public static IEnumerable<string> WrappedFiles(InterfaceFile file) =>
        file.InlineCode.Select(b => b.TextLocation.File).Concat(file.Declarations.Select(d => d.Location.File)).Concat(file.Extends.Select(e => e.Members.Location.File)).Where(f => f.Length > 0).Distinct();

    /// <summary>SWIG's section order: begin, runtime, header (blocks and inline code as read), wrapper.</summary>
    public static IEnumerable<VerbatimBlock> OrderedForShim(IEnumerable<VerbatimBlock> blocks)
    {
        var list = blocks.ToList();
        return Order.SelectMany(section => list.Where(b => b.Section == section));
    }

    /// <summary>The text behind a <c>#line</c> naming its place, its first line indented to its column.</summary>
    private static string Placed(string text, SourceLocation location)
    {
        if (!location.IsKnown || location.Line < 1)
        {
            return text + "\n";
        }
        var file = location.File.Replace("\\", "\\\\").Replace("\"", "\\\"");
        return $"#line {location.Line} \"{file}\"\n{new string(' ', Math.Max(0, location.Column - 1))}{text}\n";
    }
}
