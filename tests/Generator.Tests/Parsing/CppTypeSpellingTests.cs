using ItkBindGen.Parsing;

namespace ItkBindGen.Tests.Parsing;

public sealed class TypesFixture
{
    public TypesFixture()
    {
        var (compilation, diagnostics) = ParsingTestSupport.Parse(Path.Combine(ParsingTestSupport.HeadersDir, "types.h"));
        Assert.Empty(diagnostics.Items);
        Compilation = compilation;
        Types = compilation.AllClasses().Single(c => c.FullName == "t::Types");
    }

    public CppCompilation Compilation { get; }

    public CppClass Types { get; }

    public IReadOnlyList<CppParameter> Parameters(string method) => Types.Functions.Single(f => f.Name == method).Parameters;
}

public sealed class CppTypeSpellingTests(TypesFixture fixture) : IClassFixture<TypesFixture>
{
    [Fact]
    public void Cv_qualifiers_go_first_except_on_pointers()
    {
        var a = fixture.Parameters("A");
        Assert.Equal(["char *const", "const char *const *", "volatile int *"], a.Select(p => p.Type.CanonicalSpelling));
        var constPointer = Assert.IsType<CppQualifiedType>(a[0].Type);
        Assert.True(constPointer.IsConst);
        Assert.IsType<CppPointerType>(constPointer.ElementType);
    }

    [Fact]
    public void Arrays_and_function_pointers_use_declarator_syntax()
    {
        var b = fixture.Parameters("B");
        Assert.Equal("int (&)[4]", b[0].Type.CanonicalSpelling);
        var array = Assert.IsType<CppArrayType>(Assert.IsType<CppReferenceType>(b[0].Type).Referenced);
        Assert.Equal(4, array.Size);
        Assert.Equal("int (*)(int, float)", b[2].Type.CanonicalSpelling);
        var function = Assert.IsType<CppFunctionType>(Assert.IsType<CppPointerType>(b[2].Type).Pointee);
        Assert.Equal(["int", "float"], function.ParameterTypes.Select(t => t.CanonicalSpelling));
        Assert.Equal("void (*)()", fixture.Parameters("F")[0].Type.CanonicalSpelling);
    }

    [Fact]
    public void Standard_library_types_are_spelled_in_full_and_marked_as_system()
    {
        var c = fixture.Parameters("C");
        Assert.Equal("std::string &&", c[0].Type.Spelling);
        Assert.Equal("std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char>> &&", c[0].Type.CanonicalSpelling);
        Assert.True(Assert.IsType<CppReferenceType>(c[0].Type).IsRValue);
        Assert.Equal("const std::vector<int, std::allocator<int>> &", c[1].Type.CanonicalSpelling);
        var vector = Assert.IsType<CppNamedType>(Assert.IsType<CppQualifiedType>(Assert.IsType<CppReferenceType>(c[1].Type).Referenced).ElementType);
        Assert.True(vector.IsFromSystemHeader);
        Assert.Equal("std::vector", vector.FullName);
        Assert.DoesNotContain(fixture.Compilation.GlobalNamespace.Namespaces, n => n.Name == "std");
    }

    [Fact]
    public void Defaulted_template_arguments_are_spelled_out()
    {
        var d = fixture.Parameters("D");
        Assert.Equal("Tag<short>", d[0].Type.Spelling);
        Assert.Equal("t::Tag<short, -1, false>", d[0].Type.CanonicalSpelling);
        var tag = Assert.IsType<CppNamedType>(d[0].Type);
        Assert.Equal("t::Tag", tag.FullName);
        Assert.Equal(["short", "-1", "false"], tag.TemplateArguments.Select(a => a.ToString()));
        Assert.True(tag.TemplateArguments[0].IsType);
        Assert.Equal("t::Tag<char, 7, true>::Kind", d[1].Type.CanonicalSpelling);
        Assert.True(Assert.IsType<CppNamedType>(d[1].Type).IsEnum);
        Assert.Equal(["K1", "K2"], fixture.Compilation.FindEnum("t::Tag<char, 7, true>::Kind")!.Items.Select(i => i.Name));
        Assert.Equal("t::Tag<long, -1, false>::Inner *", d[2].Type.CanonicalSpelling);
    }

    [Fact]
    public void Builtin_types_have_their_cpp_names()
    {
        Assert.Equal(
            ["unsigned long long", "signed char", "unsigned char", "long double", "bool", "wchar_t", "unsigned short"],
            fixture.Parameters("E").Select(p => p.Type.CanonicalSpelling));
        Assert.Equal(
            [CppPrimitiveKind.UnsignedLongLong, CppPrimitiveKind.SignedChar, CppPrimitiveKind.UnsignedChar, CppPrimitiveKind.LongDouble, CppPrimitiveKind.Bool, CppPrimitiveKind.WChar, CppPrimitiveKind.UnsignedShort],
            fixture.Parameters("E").Select(p => Assert.IsType<CppPrimitiveType>(p.Type).PrimitiveKind));
    }

    [Fact]
    public void Deduced_return_types_resolve_to_the_canonical_type() =>
        Assert.Equal("int", fixture.Types.Functions.Single(f => f.Name == "G").ReturnType.CanonicalSpelling);
}
