using ItkBindGen.Cli;

namespace ItkBindGen.Tests.Cli;

/// <summary>
/// Whole runs over C++ written in interface files: %inline code (compiled into the shim and wrapped), declarations
/// (wrapped as declared only), locations of errors in them, and what #ifdef SWIG in a wrapped header means.
/// </summary>
public sealed class InterfaceCodeRunTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-inline-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }

    private (int Exit, string Error) Generate(string input, params string[] more)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string[] args = [input, "-I", _root, "-outdir", Path.Combine(_root, "cs"), "-o", Path.Combine(_root, "native", "M_wrap.cpp"), .. more];
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stderr.ToString());
    }

    private string CSharp() => string.Concat(Directory.GetFiles(Path.Combine(_root, "cs"), "*.cs").Order().Select(File.ReadAllText));

    private string ShimHeader() => File.ReadAllText(Path.Combine(_root, "native", "M_wrap.h"));

    [Fact]
    public void Inline_code_goes_into_the_shim_and_is_wrapped()
    {
        var input = Write("m.i", """
            %module M
            %inline %{
            namespace demo {
            struct Maths
            {
              static int Twice(int x) { return 2 * x; }
            };
            }
            %}
            """);

        var (exit, error) = Generate(input);

        Assert.Equal((CommandLine.Ok, ""), (exit, error));
        Assert.Contains("static int Twice(int x) { return 2 * x; }", ShimHeader());
        Assert.Contains("public static int Twice(int x)", CSharp());
    }

    [Fact]
    public void Declarations_in_the_interface_file_are_wrapped_as_declared_and_not_defined_twice()
    {
        var input = Write("m.i", """
            %module M
            %{
            namespace demo {
            struct Util
            {
              static int Twice(int x) { return 2 * x; }
              static int Hidden() { return 0; }
            };
            }
            %}
            namespace demo {
            struct Util
            {
              static int Twice(int x);
            };
            }
            """);

        var (exit, error) = Generate(input);

        Assert.Equal((CommandLine.Ok, ""), (exit, error));
        var csharp = CSharp();
        Assert.Contains("public static int Twice(int x)", csharp);
        Assert.DoesNotContain("Hidden", csharp);
        Assert.DoesNotContain("__itkbindgen_interface", csharp + File.ReadAllText(Path.Combine(_root, "native", "M_wrap.cpp")));
        Assert.Single(ShimHeader().Split("struct Util").Skip(1));
    }

    [Fact]
    public void A_compile_error_in_inline_code_is_reported_at_its_line_in_the_interface_file()
    {
        var input = Write("m.i", "%module M\n\n%inline %{\nint fine();\n  int broken(undeclared_type x);\n%}\n");

        var (exit, error) = Generate(input);

        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains($"{input}(5,14): error IBG1004: unknown type name 'undeclared_type'", error);
        Assert.False(Directory.Exists(Path.Combine(_root, "cs")));
    }

    [Fact]
    public void A_wrapped_header_is_read_as_the_compiler_reads_it_without_swig_defined_unless_asked()
    {
        Write("api.h", """
            #pragma once
            struct Api
            {
            #ifdef SWIG
              static int SwigOnly() { return 1; }
            #endif
            #ifndef SWIG
              static int CompilerOnly() { return 2; }
            #endif
            };
            """);
        var input = Write("m.i", "%module M\n%{\n#include \"api.h\"\n%}\n#ifdef SWIG\n%include \"api.h\"\n#endif\n");

        var (exit, error) = Generate(input);
        Assert.Equal((CommandLine.Ok, ""), (exit, error));
        Assert.Contains("CompilerOnly", CSharp());
        Assert.DoesNotContain("SwigOnly", CSharp());

        (exit, error) = Generate(input, "-DSWIG");
        Assert.Equal((CommandLine.Ok, ""), (exit, error));
        Assert.Contains("SwigOnly", CSharp());
        Assert.DoesNotContain("CompilerOnly", CSharp());
    }

    [Fact]
    public void A_directive_read_but_not_applied_yet_is_a_warning_at_its_line()
    {
        var input = Write("m.i", "%module M\n%inline %{\nstruct S { int x; static S *Make() { return new S(); } };\n%}\n%newobject S::Make;\n%pragma(csharp) modulecode=\"int y;\"\n");

        var (exit, error) = Generate(input);

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Contains($"{input}(6,1): warning IBG2018: %pragma(csharp) modulecode is read but not applied yet", error);
        Assert.DoesNotContain("%newobject", error);
        Assert.Contains("new NativeObjectHandle(result, S.ReleaseFunction)", CSharp()); // applied: the proxy owns what Make returns
    }
}
