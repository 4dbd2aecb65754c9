using ItkBindGen.Parsing;

namespace ItkBindGen.Tests.Parsing;

/// <summary>
/// A library installed under a system include folder (a temporary folder standing in for /usr/include: clang knows it
/// as a system folder, and the user's -I of it is dropped as a duplicate, as clang does with -I /usr/include).
/// </summary>
public sealed class SystemFolderTests
{
    private static (string A, string B, string Root) WriteLibrary()
    {
        var root = Path.GetDirectoryName(ParsingTestSupport.WriteTempHeader("unused.h", string.Empty))!;
        Directory.CreateDirectory(Path.Combine(root, "lib"));
        var a = Path.Combine(root, "lib", "a.h");
        var b = Path.Combine(root, "lib", "b.h");
        File.WriteAllText(a, "#pragma once\n#include <lib/b.h>\nnamespace la { class A { public: lb::B Make(); }; }\n");
        File.WriteAllText(b, "#pragma once\nnamespace lb { class B { public: int Value() const; }; }\n");
        return (a, b, root);
    }

    private static CppCompilation Parse(string root, params string[] headers)
    {
        var options = new CppParserOptions();
        options.IncludeFolders.Add(root);
        options.AdditionalArguments.Add("-isystem" + root);
        var diagnostics = new ItkBindGen.Diagnostics.DiagnosticBag();
        var compilation = CppParser.Parse(headers, options, diagnostics);
        Assert.False(diagnostics.HasErrors, ParsingTestSupport.Describe(diagnostics));
        return compilation;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_named_header_first_reached_through_a_system_folder_is_not_a_system_header(bool includerFirst)
    {
        var (a, b, root) = WriteLibrary();
        var compilation = Parse(root, includerFirst ? [a, b] : [b, a]);
        var classes = compilation.AllClasses().ToDictionary(c => c.FullName);
        Assert.Equal(["la::A", "lb::B"], classes.Keys.Order(StringComparer.Ordinal));
        Assert.False(classes["lb::B"].IsFromSystemHeader);
        Assert.Equal(b, classes["lb::B"].Location.File);
        // The type of a parameter or result declared in a named header is not a system type either.
        var make = Assert.Single(classes["la::A"].Functions);
        Assert.False(Assert.IsType<CppNamedType>(make.ReturnType).IsFromSystemHeader);
    }

    [Fact]
    public void A_header_only_included_from_a_system_folder_stays_a_system_header()
    {
        var (a, _, root) = WriteLibrary();
        var compilation = Parse(root, a);
        Assert.Equal(["la::A"], compilation.AllClasses().Select(c => c.FullName));
        var make = Assert.Single(compilation.AllClasses().Single().Functions);
        Assert.True(Assert.IsType<CppNamedType>(make.ReturnType).IsFromSystemHeader);
    }

    [Fact]
    public void Include_folders_are_passed_as_user_folders()
    {
        var options = new CppParserOptions();
        options.IncludeFolders.Add("relative/lib");
        var arguments = options.BuildArguments("/resource");
        Assert.Contains("-I" + Path.GetFullPath("relative/lib"), arguments);
        Assert.DoesNotContain(arguments, a => a.StartsWith("-isystem", StringComparison.Ordinal));
    }
}
