using ItkBindGen.Binding;
using ItkBindGen.Cli;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Binding;

/// <summary>
/// <c>%immutable</c> and <c>%mutable</c>: a variable they make read-only is a C# property with a getter and no setter
/// (and the shim has no writer); without a target they apply to the variables read after them, as in SWIG.
/// </summary>
public sealed class ImmutableTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-immutable-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Named_and_following_variables_are_read_only_until_mutable_clears_them()
    {
        var (module, files) = HeaderModule.CompileInterface(_root, "Im", """
            %module Im
            %immutable Settings::named;
            %immutable Settings::shared;
            %inline %{
            struct Settings { int named; int plain; inline static int shared = 0; };
            %}
            %immutable;
            %mutable Locked::b;
            %inline %{
            struct Locked { int a; int b; };
            %}
            %mutable;
            %immutable Open::c;
            %immutable Open::d;
            %mutable Open::c;
            %inline %{
            struct Open { int c; int d; int e; };
            %}
            """);

        PropertyBinding Property(string cls, string name) => module.Classes.Single(c => c.CsName == cls).Properties.Single(p => p.Name == name);
        Assert.Null(Property("Settings", "named").Setter);
        Assert.Null(Property("Settings", "shared").Setter);
        Assert.True(Property("Settings", "shared").Getter.IsStatic);
        Assert.NotNull(Property("Settings", "plain").Setter);
        Assert.Null(Property("Locked", "a").Setter);
        // %mutable of a name clears only what was said of that name: the %immutable; around it still applies, as in SWIG.
        Assert.Null(Property("Locked", "b").Setter);
        Assert.NotNull(Property("Open", "c").Setter);
        Assert.Null(Property("Open", "d").Setter);
        Assert.NotNull(Property("Open", "e").Setter);

        // The C# has no setter and the shim no writer for a read-only variable; the others keep theirs.
        var settings = files.Single(f => f.Path.EndsWith("Settings.cs", StringComparison.Ordinal)).Content;
        Assert.Contains("set => Write_plain(value);", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("Write_named", settings, StringComparison.Ordinal);
        var shim = string.Concat(files.Where(f => f.Path.EndsWith(".cpp", StringComparison.Ordinal)).Select(f => f.Content));
        Assert.Contains("Im_Settings_ibg_Read_named", shim, StringComparison.Ordinal);
        Assert.DoesNotContain("Im_Settings_ibg_Write_named", shim, StringComparison.Ordinal);
        Assert.DoesNotContain("Im_Locked_ibg_Write_a", shim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variable_in_an_included_header_follows_the_directives_read_before_its_include()
    {
        File.WriteAllText(Path.Combine(_root, "early.h"), "#pragma once\nstruct Early { int e; };\n");
        File.WriteAllText(Path.Combine(_root, "late.h"), "#pragma once\nstruct Late { int l; };\n");
        var (module, _) = HeaderModule.CompileInterface(_root, "Order", """
            %module Order
            %{
            #include "early.h"
            #include "late.h"
            %}
            %include "early.h"
            %immutable;
            %include "late.h"
            """);

        Assert.NotNull(module.Classes.Single(c => c.CsName == "Early").Properties.Single().Setter);
        Assert.Null(module.Classes.Single(c => c.CsName == "Late").Properties.Single().Setter);
    }

    [Fact]
    public void A_name_that_matches_no_variable_is_reported_at_its_line()
    {
        var (input, exit, error) = InterfaceRun.Generate(_root, "%module M\n%inline %{\nstruct S { int x; };\n%}\n\n  %immutable S::y;\n");

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Contains($"{input}(6,3): warning IBG3005: %immutable S::y matches no wrapped declaration", error, StringComparison.Ordinal);
    }
}
