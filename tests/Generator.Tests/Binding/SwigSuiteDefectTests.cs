using ItkBindGen.Binding;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Binding;

/// <summary>
/// Declarations of SWIG's test suite whose generated output once did not compile: each now generates C# and a shim
/// that compile, with the C# names, missing accessors or skipped members asserted.
/// </summary>
public sealed class SwigSuiteDefectTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-swigdefects-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Cpp_names_that_are_CSharp_keywords_are_renamed_with_a_trailing_underscore()
    {
        var module = GenerateAndCompile("""
            #pragma once
            struct override { int in; int delegate(int out) { return out; } static int lock; };
            enum fixed { null, value };
            int checked(int string);
            """);

        var proxy = module.Classes.Single(c => c.CppName == "override");
        Assert.Equal("override_", proxy.CsName);
        Assert.Contains(proxy.Properties, p => p.Name == "in_");
        Assert.Contains(proxy.Properties, p => p.Name == "lock_");
        var method = proxy.Methods.Single(m => m.CppName == "delegate");
        Assert.Equal("delegate_", method.CsName);
        Assert.Equal("int @out", method.Parameters[0].CsDeclaration);
        var e = module.Enums.Single(x => x.CppName == "fixed");
        Assert.Equal("fixed_", e.CsName);
        Assert.Equal(["null_", "value"], e.Items.Select(i => i.Name));
        Assert.Contains(module.Functions, f => f.CsName == "checked_");
    }

    private ModuleBinding GenerateAndCompile(string header) => HeaderModule.GenerateAndCompile(_root, "Sd", header);
}
