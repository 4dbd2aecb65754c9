using ItkBindGen.Cli;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Cli;

/// <summary>
/// An interface file whose own code may define functions or variables is compiled as one translation unit (the header
/// every source includes carries that code); one with only #includes and macros keeps its units.
/// </summary>
public sealed class VerbatimCodeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-verbatim-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("#include \"a.h\"\n#include <vector>\n", false)]
    [InlineData("\n  // a comment\n/* a block\n   comment */\n#define TWICE(x) \\\n  ((x) * 2)\n", false)]
    [InlineData("#include \"a.h\" // why\n#if defined(X)\n#endif\n", false)]
    [InlineData("int helper() { return 1; }\n", true)]
    [InlineData("#include \"a.h\"\nstatic int counter;\n", true)]
    [InlineData("/* a */ struct Foo; /* b */\n", true)]
    // A comment opened on a preprocessor line leaves its end: counted as code, the safe side.
    [InlineData("#define X 1 /* two\n lines */\n", true)]
    [InlineData("#include \"a.h\"\r\n#define Y \\\r\n  2\r\n", false)]
    [InlineData("#include \"a.h\"\r\ninline int twice(int x) { return 2 * x; }\r\n", true)]
    public void Only_preprocessor_lines_and_comments_are_no_code(string text, bool hasCode) =>
        Assert.Equal(hasCode, VerbatimCode.HasCode(text));

    [Fact]
    public void Code_the_interface_file_defines_makes_the_shim_one_translation_unit()
    {
        WriteShapes();
        var (module, files) = HeaderModule.CompileInterface(_root, "Shapes", """
            %module Shapes
            %{
            #include "shapes.h"
            int made = 0;
            %}
            %include "shapes.h"
            %inline %{
            int Make() { return ++made; }
            %}
            """);

        Assert.True(module.OneTranslationUnit);
        Assert.True(module.ShimUnits.Count >= 2);
        Assert.Equal(["Shapes_wrap.cpp"], module.CompiledSources);
        var cmake = files.Single(f => f.Path.EndsWith("Shapes.cmake", StringComparison.Ordinal)).Content;
        Assert.Contains("\"${CMAKE_CURRENT_LIST_DIR}/Shapes_wrap.cpp\"\n)", cmake, StringComparison.Ordinal);
        Assert.DoesNotContain("target_precompile_headers", cmake, StringComparison.Ordinal);
        var main = files.Single(f => f.Path.EndsWith("Shapes_wrap.cpp", StringComparison.Ordinal)).Content;
        foreach (var unit in module.ShimUnits)
        {
            Assert.Contains($"#include \"{unit.FileName}\"", main, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Includes_alone_keep_the_units()
    {
        WriteShapes();
        var (module, files) = HeaderModule.CompileInterface(_root, "Units", """
            %module Units
            %{
            #include "shapes.h"
            %}
            %include "shapes.h"
            """);

        Assert.False(module.OneTranslationUnit);
        Assert.Equal(module.ShimSources, module.CompiledSources);
        Assert.Empty(module.IncludedSources);
        var cmake = files.Single(f => f.Path.EndsWith("Units.cmake", StringComparison.Ordinal)).Content;
        Assert.Contains("target_precompile_headers", cmake, StringComparison.Ordinal);
        Assert.All(module.ShimUnits, u => Assert.Contains(u.FileName, cmake, StringComparison.Ordinal));
    }

    [Fact]
    public void The_tool_s_own_library_files_keep_the_units()
    {
        // exception.i's %{ %} block defines an inline function: every source may compile it.
        WriteShapes();
        var (module, _) = HeaderModule.CompileInterface(_root, "Lib", """
            %module Lib
            %include <exception.i>
            %{
            #include "shapes.h"
            %}
            %include "shapes.h"
            """);

        Assert.False(module.OneTranslationUnit);
        Assert.Equal(module.ShimSources, module.CompiledSources);
    }

    [Fact]
    public void One_translation_unit_asked_for_includes_every_unit()
    {
        WriteShapes();
        var (module, files) = HeaderModule.GenerateInterface(_root, "Single", """
            %module Single
            %{
            #include "shapes.h"
            %}
            %include "shapes.h"
            """, oneTranslationUnit: true);

        Assert.True(module.OneTranslationUnit);
        Assert.Equal(["Single_wrap.cpp"], module.CompiledSources);
        var main = files.Single(f => f.Path.EndsWith("Single_wrap.cpp", StringComparison.Ordinal)).Content;
        Assert.Equal(2, module.ShimUnits.Count);
        Assert.All(module.ShimUnits, u => Assert.Contains($"#include \"{u.FileName}\"", main, StringComparison.Ordinal));
    }

    // A header of two classes: two shim units.
    private void WriteShapes() =>
        File.WriteAllText(Path.Combine(_root, "shapes.h"), "#pragma once\nstruct Square { double side = 1; };\nstruct Circle { double radius = 1; };\n");
}
