using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Binding;

/// <summary>
/// Declarations that once failed a run or gave output that did not compile (found by SWIG's test suite): each now
/// generates C# and a shim that compile, with what is not wrapped in the report and its reason.
/// </summary>
public sealed class PlainDefectTests : IDisposable
{
    private const string Header = """
        #pragma once
        namespace dq {
        typedef int (*Operation)(int);
        int Twice(int value);
        Operation Pick(int which);
        struct Registry { static int Count(); static void Reset(); };
        class User { public: User(); int Use(const Registry & registry) const; int Fill(char * buffer); int Read(const char * text) const; };
        }
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("ibg-defects-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Function_pointer_results_static_only_parameters_and_writable_char_pointers_generate_compiling_code()
    {
        var (module, files) = HeaderModule.Generate(_root, "Dq", Header);

        // A C function pointer result has no C# meaning: skipped with its reason, the run goes on.
        Assert.Contains(module.SkippedFunctions, s => s.Member.StartsWith("Pick(", StringComparison.Ordinal) && s.Reason.Contains("only as a parameter", StringComparison.Ordinal));
        // A class of static members is a static C# class, so a member taking one is not wrapped rather than uncompilable.
        var user = module.Classes.Single(c => c.CsName == "User");
        Assert.Contains(user.Skipped, s => s.Member.Contains("Use(", StringComparison.Ordinal));
        // A writable char * is no string: skipped, while const char * is one.
        Assert.Contains(user.Skipped, s => s.Member.Contains("Fill(", StringComparison.Ordinal));
        Assert.Contains(user.Methods, m => m.CsName == "Read" && m.Parameters[0].CsDeclaration == "string text");

        var errors = GeneratedCode.CSharpErrors(files);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Null(GeneratedCode.CppErrors(files, _root));
    }
}
