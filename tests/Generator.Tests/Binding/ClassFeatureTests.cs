using ItkBindGen.Binding;
using ItkBindGen.Cli;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Binding;

/// <summary>
/// SWIG's switches for a class's implicit members: <c>%nodefaultctor</c> (no C# constructor for the implicit default
/// constructor), <c>%copyctor</c> (the implicit copy constructor as a C# constructor taking the proxy) and
/// <c>%nodefaultdtor</c> (the proxy never deletes the object), named or for the classes read after them.
/// </summary>
public sealed class ClassFeatureTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-classfeature-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Implicit_constructors_and_the_destructor_follow_the_switches()
    {
        var (module, files) = HeaderModule.CompileInterface(_root, "Cf", """
            %module Cf
            %nodefaultctor Quiet;
            %nodefaultctor Declared;
            %inline %{
            struct Quiet { int v; };
            struct Declared { Declared() {} };
            struct Plain { int v; };
            %}
            %nodefaultctor;
            %defaultctor Exempt;
            %inline %{
            struct After { int v; };
            struct Exempt { int v; };
            %}
            %defaultctor;
            %copyctor Copied;
            %copyctor Owned;
            %nodefaultdtor Leaked;
            %inline %{
            struct Back { int v; };
            struct Copied { int v; };
            struct Owned { Owned() {} Owned(const Owned &) {} };
            struct Leaked { int v; };
            %}
            """);

        ClassBinding Class(string name) => module.Classes.Single(c => c.CsName == name);
        IEnumerable<string> Constructors(string name) => Class(name).Constructors.Select(c => c.CsParameterList);
        Assert.Empty(Constructors("Quiet"));
        Assert.Equal([""], Constructors("Declared")); // only the implicit one is dropped, as in SWIG
        Assert.Equal([""], Constructors("Plain"));
        Assert.Empty(Constructors("After"));
        Assert.Equal([""], Constructors("Exempt"));
        Assert.Equal([""], Constructors("Back"));
        Assert.Equal(["", "Copied other"], Constructors("Copied"));
        Assert.Equal(["", "Owned arg0"], Constructors("Owned")); // a declared copy constructor is wrapped once

        // The shim's release function of a %nodefaultdtor class leaves the object alone; the others delete theirs.
        var shim = string.Concat(files.Where(f => f.Path.EndsWith(".cpp", StringComparison.Ordinal)).Select(f => f.Content));
        Assert.Matches(@"Cf_Leaked_ibg_ReleaseFunction\([^)]*\) noexcept\s*\{[^}]*ibg::keep_function\(\)", shim);
        Assert.Matches(@"Cf_Copied_ibg_ReleaseFunction\([^)]*\) noexcept\s*\{[^}]*ibg::release_function<Copied>\(\)", shim);
    }

    [Fact]
    public void A_class_name_that_matches_no_class_is_reported_at_its_line()
    {
        var (input, exit, error) = InterfaceRun.Generate(_root, "%module M\n%inline %{\nstruct S { int x; };\n%}\n %copyctor T;\n");

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Contains($"{input}(5,2): warning IBG3005: %copyctor T matches no wrapped declaration", error, StringComparison.Ordinal);
    }
}
