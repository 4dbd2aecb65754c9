using ItkBindGen.Binding;
using ItkBindGen.Binding.Constants;
using ItkBindGen.Cli;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Binding;

/// <summary>
/// <c>%constant</c>: a constant of an arithmetic type, bool or a string is a static readonly field of the module's class,
/// read from the shim where the C++ compiler evaluates it; any other is not wrapped, with a warning at its line.
/// </summary>
public sealed class ConstantTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-constant-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Typed_and_literal_constants_are_static_readonly_fields_of_the_module_class()
    {
        var (module, files) = HeaderModule.CompileInterface(_root, "Cn", """
            %module Cn
            %include <std_string.i>
            %{
            #define BASE 40
            %}
            %constant int ANSWER = BASE + 2;
            %constant const double HALF = 0.5;
            %constant GREETING = "hi";
            %constant BIG = 3000000000;
            %constant MASK = 0xFFFFFFFFu;
            %constant unsigned long long HUGE_VALUE = 1234567890123ULL;
            %constant std::string NAME = "itk";
            %constant bool YES = true;
            %constant RATIO = (2.5f);
            """);

        Assert.Equal(
            ["int ANSWER", "double HALF", "string GREETING", "long BIG", "uint MASK", "ulong HUGE_VALUE", "string NAME", "bool YES", "float RATIO"],
            module.Constants.Select(c => $"{c.Getter.Return.CsType} {c.CsName}"));
        Assert.Equal("static_cast<int>(BASE+2)", module.Constants[0].Getter.CppCall);
        var csharp = files.Single(f => f.Path.EndsWith("Cn.cs", StringComparison.Ordinal)).Content;
        Assert.Contains("public static readonly int ANSWER = Read_ANSWER();", csharp, StringComparison.Ordinal);
        Assert.Contains("private static string Read_NAME()", csharp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42", "int")]
    [InlineData("-2147483648", "long")]
    [InlineData("0x80000000", "unsigned int")]
    [InlineData("10UL", "unsigned long")]
    [InlineData("1'000LL", "long long")]
    [InlineData("0b101", "int")]
    [InlineData("1e3", "double")]
    [InlineData("'a'", "char")]
    [InlineData("\"a\" \"b\"", "const char *")]
    [InlineData("false", "bool")]
    public void An_untyped_literal_has_the_type_cpp_gives_it(string literal, string type) =>
        Assert.Equal(type, ConstantType.OfLiteral(literal)?.Type.CanonicalSpelling);

    [Theory]
    [InlineData("1.0L")]
    [InlineData("L\"wide\"")]
    [InlineData("('d')<<24")]
    [InlineData("negate")]
    public void An_untyped_value_that_is_no_plain_literal_has_no_type(string value) => Assert.Null(ConstantType.OfLiteral(value));

    [Fact]
    public void A_constant_a_CSharp_field_cannot_hold_is_not_wrapped_with_a_warning_at_its_line()
    {
        var (input, exit, error) = InterfaceRun.Generate(_root,
            "%module M\n%constant const int *NOWHERE = 0;\n%constant SHIFTED = ('d')<<24;\n%constant int FINE = 1;\n");

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Contains($"{input}(2,1): warning IBG3001: '%constant NOWHERE' is not wrapped: its type 'const int*' is not an arithmetic type", error, StringComparison.Ordinal);
        Assert.Contains($"{input}(3,1): warning IBG3001: '%constant SHIFTED' is not wrapped: it has no type and its value is no single literal; write its type", error, StringComparison.Ordinal);
        Assert.Contains("public static readonly int FINE = Read_FINE();", File.ReadAllText(Path.Combine(_root, "cs", "M.cs")), StringComparison.Ordinal);
    }
}
