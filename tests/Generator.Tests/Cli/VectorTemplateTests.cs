using ItkBindGen.Cli;
using ItkBindGen.Emit;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Cli;

/// <summary>
/// What a <c>%template</c> of <c>std::vector</c> changes: elements C# cannot hold in a list make an opaque handle (a
/// warning at the directive; the output compiles), and without a %template a vector still crosses as an array.
/// </summary>
public sealed class VectorTemplateTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-vector-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("std::vector<std::vector<int>>", "a vector of 'std::vector<int, std::allocator<int>>' cannot be a C# collection")]
    [InlineData("std::vector<int *>", "a vector of 'int *' cannot be a C# collection,")]
    [InlineData("std::vector<demo::Hidden>", "a vector of 'demo::Hidden' cannot be a C# collection ('demo::Hidden' has no C# mapping)")]
    public void An_element_type_without_a_list_mapping_makes_an_opaque_handle_with_a_warning_at_the_template(string vector, string message)
    {
        var (input, exit, error) = InterfaceRun.Generate(_root, $$"""
            %module M
            %include <std_vector.i>
            %{
            namespace demo { struct Hidden { int a; }; }
            %}
            %template(Elements) {{vector}};
            """);

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Contains($"{input}(6,1): warning IBG3008: %template(Elements) ", error);
        Assert.Contains(message, error);
        Assert.Contains("so Elements is an opaque handle", error);
        var files = Directory.GetFiles(_root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cpp", StringComparison.Ordinal) || f.EndsWith(".h", StringComparison.Ordinal))
            .Select(f => new GeneratedFile(f, File.ReadAllText(f))).ToList();
        var elements = File.ReadAllText(Path.Combine(_root, "cs", "Elements.cs"));
        Assert.Contains("public unsafe partial class Elements : NativeObject\n", elements.ReplaceLineEndings("\n"));
        Assert.Contains("public Elements(Elements other)", elements);
        Assert.Empty(GeneratedCode.CSharpErrors(files));
        Assert.Null(GeneratedCode.CppErrors(files));
    }

    [Fact]
    public void Without_a_template_a_vector_of_numbers_still_crosses_as_an_array()
    {
        var (_, exit, error) = InterfaceRun.Generate(_root, """
            %module M
            %include <std_vector.i>
            %inline %{
            inline int Sum(const std::vector<int> & v) { int s = 0; for (int x : v) s += x; return s; }
            %}
            """);

        Assert.Equal((CommandLine.Ok, ""), (exit, error));
        Assert.Contains("public static int Sum(int[] v)", File.ReadAllText(Path.Combine(_root, "cs", "M.cs")));
    }

    [Fact]
    public void A_vector_template_is_no_longer_reported_as_not_applied()
    {
        var (_, exit, error) = InterfaceRun.Generate(_root, """
            %module M
            %include <std_vector.i>
            %template(DoubleVector) std::vector<double>;
            """);

        Assert.Equal((CommandLine.Ok, ""), (exit, error));
        Assert.Contains("public unsafe partial class DoubleVector : NativeObject, IList<double>, IReadOnlyList<double>",
            File.ReadAllText(Path.Combine(_root, "cs", "DoubleVector.cs")));
        Assert.Contains("#include \"ItkBindGenVector.h\"", File.ReadAllText(Path.Combine(_root, "native", "M_wrap.h")));
    }
}
