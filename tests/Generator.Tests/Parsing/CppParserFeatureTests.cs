using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Tests.Parsing;

/// <summary>One parse of Headers/features.h (with two instantiations), shared by the feature tests.</summary>
public sealed class FeaturesFixture
{
    public FeaturesFixture()
    {
        (Compilation, Diagnostics) = ParsingTestSupport.Parse(
            Path.Combine(ParsingTestSupport.HeadersDir, "features.h"), "demo::Grid<float>", "demo::Grid<int, 2, false>");
    }

    public CppCompilation Compilation { get; }

    public DiagnosticBag Diagnostics { get; }

    public CppNamespace Demo => Assert.Single(Compilation.GlobalNamespace.Namespaces, n => n.Name == "demo");

    public CppClass Class(string name) => Assert.Single(Demo.Classes, c => c.Name == name);
}

public sealed class CppParserFeatureTests(FeaturesFixture fixture) : IClassFixture<FeaturesFixture>
{
    private CppClass Shape => fixture.Class("Shape");

    [Fact]
    public void Parses_without_diagnostics() => Assert.Empty(fixture.Diagnostics.Items);

    [Fact]
    public void Free_function_with_default_argument_and_comment()
    {
        var add = ParsingTestSupport.Single(fixture.Demo.Functions, "Add");
        Assert.Equal("int Add(int a, int b = 3)", add.ToString());
        Assert.Equal("3", add.Parameters[1].DefaultValue);
        Assert.Contains("Adds two numbers", add.Comment);
        Assert.False(add.Flags.HasFlag(CppFunctionFlags.Method));
    }

    [Fact]
    public void Typedef_and_using_are_both_kept_with_their_target()
    {
        var real = Assert.Single(fixture.Demo.Typedefs, t => t.Name == "Real");
        var size = Assert.Single(fixture.Demo.Typedefs, t => t.Name == "SizeValue");
        Assert.True(real.IsAlias);
        Assert.False(size.IsAlias);
        Assert.Equal("double", real.Type.CanonicalSpelling);
        Assert.Equal("unsigned long", size.Type.CanonicalSpelling);
        Assert.Equal("demo::SizeValue", size.FullName);
    }

    [Fact]
    public void Typedef_uses_keep_the_alias_and_the_canonical_type()
    {
        var scale = ParsingTestSupport.Single(Shape.Functions, "Scale");
        var factor = Assert.IsType<CppTypedefType>(scale.Parameters[0].Type);
        Assert.Equal("Real", factor.Name);
        Assert.Equal("demo::Real", factor.FullName);
        Assert.Equal("double", factor.CanonicalSpelling);
        Assert.Equal(CppPrimitiveKind.Double, Assert.IsType<CppPrimitiveType>(factor.StripTypedefs()).PrimitiveKind);
        Assert.Equal("unsigned long", scale.Parameters[1].Type.CanonicalSpelling);
    }

    [Fact]
    public void Struct_union_and_class_kinds()
    {
        Assert.Equal(CppClassKind.Struct, fixture.Class("Point").ClassKind);
        Assert.Equal(CppClassKind.Union, fixture.Class("Bits").ClassKind);
        Assert.Equal(CppClassKind.Class, Shape.ClassKind);
        Assert.Equal(["x", "y"], fixture.Class("Point").Fields.Select(f => f.Name));
    }

    [Fact]
    public void Nested_enums_scoped_and_unscoped_with_underlying_type_and_values()
    {
        var mode = Assert.Single(Shape.Enums, e => e.Name == "Mode");
        Assert.False(mode.IsScoped);
        Assert.Equal("demo::Shape::Mode", mode.FullName);
        Assert.Equal([("Fast", 0L), ("Slow", 10L)], mode.Items.Select(i => (i.Name, i.Value)));
        var style = Assert.Single(Shape.Enums, e => e.Name == "Style");
        Assert.True(style.IsScoped);
        Assert.Equal("unsigned char", style.IntegerType.CanonicalSpelling);
        Assert.Equal([1L, 4L], style.Items.Select(i => i.Value));
        var global = Assert.Single(fixture.Demo.Enums);
        Assert.Equal([1L, 2L], global.Items.Select(i => i.Value));
    }

    [Fact]
    public void Overloads_static_const_virtual_pure()
    {
        var moves = Shape.Functions.Where(f => f.Name == "Move").ToList();
        Assert.Equal(["Move(int, int)", "Move(double)"], moves.Select(m => m.Signature));
        Assert.Equal("0", moves[0].Parameters[1].DefaultValue);
        Assert.True(ParsingTestSupport.Single(Shape.Functions, "Count").IsStatic);
        var draw = ParsingTestSupport.Single(Shape.Functions, "Draw");
        Assert.True(draw.IsVirtual && draw.IsPureVirtual && draw.IsConst);
        Assert.Equal("virtual void Draw() const = 0", draw.ToString());
        Assert.Contains("Draws the shape", draw.Comment);
        Assert.True(Shape.IsAbstract);
    }

    [Fact]
    public void Operators_are_flagged()
    {
        var operators = Shape.Functions.Where(f => f.IsOperator && !f.IsDeleted).ToList();
        Assert.Equal(["operator==", "operator+="], operators.Select(o => o.Name));
        Assert.Equal("bool operator==(const demo::Shape & other) const", operators[0].ToString());
        Assert.Equal("demo::Shape &", operators[1].ReturnType.CanonicalSpelling);
    }

    [Fact]
    public void Deleted_members_are_kept_and_flagged()
    {
        var copy = Assert.Single(Shape.Constructors, c => c.IsDeleted);
        Assert.True(copy.Flags.HasFlag(CppFunctionFlags.CopyConstructor));
        Assert.Contains(Shape.Functions, f => f.Name == "operator=" && f.IsDeleted);
        Assert.True(Shape.HasPublicConstructor);
        Assert.True(Shape.HasPublicDestructor);
        Assert.Equal("virtual ~Shape()", Assert.Single(Shape.Destructors).ToString());
    }

    [Fact]
    public void Protected_and_private_members_are_skipped()
    {
        var names = Shape.Functions.Select(f => f.Name).Concat(Shape.Fields.Select(f => f.Name)).ToList();
        Assert.DoesNotContain("ProtectedMethod", names);
        Assert.DoesNotContain("PrivateMethod", names);
        Assert.DoesNotContain("m_Protected", names);
        Assert.DoesNotContain("m_Width", names);
        Assert.Equal(["publicField"], Shape.Fields.Select(f => f.Name));
        var noConstruct = fixture.Class("NoConstruct");
        Assert.False(noConstruct.HasPublicConstructor);
        Assert.False(noConstruct.HasPublicDestructor);
        Assert.Empty(noConstruct.Constructors);
    }

    [Fact]
    public void Macro_generated_set_get_pair_are_methods_naming_their_macro()
    {
        var set = ParsingTestSupport.Single(Shape.Functions, "SetWidth");
        var get = ParsingTestSupport.Single(Shape.Functions, "GetWidth");
        Assert.Equal("virtual void SetWidth(const double _arg)", set.ToString());
        Assert.Equal("virtual double GetWidth() const", get.ToString());
        Assert.Equal("DECLARE_SET_GET", set.Macro);
        Assert.Equal("DECLARE_SET_GET", get.Macro);
        Assert.Null(ParsingTestSupport.Single(Shape.Functions, "Count").Macro);
    }

    [Fact]
    public void Base_classes_with_access_and_virtual()
    {
        var hidden = fixture.Class("Hidden");
        Assert.Equal("class demo::Hidden : protected demo::Shape, public virtual demo::Point", hidden.ToString());
        Assert.Equal(CppAccess.Protected, hidden.BaseTypes[0].Access);
        Assert.True(hidden.BaseTypes[1].IsVirtual);
        Assert.Same(fixture.Class("Shape"), hidden.BaseTypes[0].Class);
        Assert.Same(fixture.Class("Shape"), fixture.Compilation.FindClass("demo::Shape"));
        // Protected inheritance hides everything from callers.
        Assert.Equal(["Draw"], hidden.GetAllPublicFunctions().Select(m => m.Function.Name));
    }

    [Fact]
    public void A_derived_method_hides_all_base_overloads_of_its_name()
    {
        var circle = fixture.Class("Circle").GetAllPublicFunctions();
        var moves = circle.Where(m => m.Function.Name == "Move").ToList();
        Assert.Equal(["Move(float)"], moves.Select(m => m.Function.Signature));
        Assert.Equal("demo::Circle", moves[0].DeclaringClass.FullName);
        // The override replaces the base's Draw; inherited members carry their declaring class.
        Assert.Equal("demo::Circle", Assert.Single(circle, m => m.Function.Name == "Draw").DeclaringClass.FullName);
        Assert.Equal("demo::Shape", Assert.Single(circle, m => m.Function.Name == "Count").DeclaringClass.FullName);
        Assert.Contains(circle, m => m.Function.Name == "Scale");
    }

    [Fact]
    public void A_using_declaration_brings_base_overloads_back()
    {
        var square = fixture.Class("Square");
        Assert.Contains("Move", square.UsingDeclarations);
        var moves = square.GetAllPublicFunctions().Where(m => m.Function.Name == "Move").Select(m => m.Function.Signature).ToList();
        Assert.Equal(["Move(float)", "Move(int, int)", "Move(double)"], moves);
    }

    [Fact]
    public void Class_template_has_type_and_non_type_parameters()
    {
        var grid = fixture.Class("Grid");
        Assert.True(grid.IsTemplate);
        Assert.Equal(["typename T", "unsigned int VDimension = 3", "bool VFlag = true"], grid.TemplateParameters.Select(p => p.ToString()));
        Assert.Equal(CppTemplateParameterKind.NonType, grid.TemplateParameters[1].Kind);
        Assert.Equal("unsigned int", grid.TemplateParameters[1].Type!.CanonicalSpelling);
        Assert.Equal("void SetValue(const ValueType & value)", ParsingTestSupport.Single(grid.Functions, "SetValue").ToString());
    }

    [Fact]
    public void Instantiation_fills_in_default_arguments_and_substitutes_member_types()
    {
        var grid = fixture.Compilation.Instantiations["demo::Grid<float>"];
        Assert.Same(grid, fixture.Compilation.Instantiations["demo::Grid<float, 3, true>"]);
        Assert.Equal("demo::Grid<float, 3, true>", grid.FullName);
        Assert.Equal("demo::Grid", grid.TemplateName);
        Assert.Equal(["float", "3", "true"], grid.TemplateArguments.Select(a => a.ToString()));
        Assert.Equal("void SetValue(const float & value)", ParsingTestSupport.Single(grid.Functions, "SetValue").ToString());
        Assert.Contains("Stores the value", ParsingTestSupport.Single(grid.Functions, "SetValue").Comment);
        Assert.Equal("const float &", ParsingTestSupport.Single(grid.Functions, "GetValue").ReturnType.CanonicalSpelling);
        Assert.Equal("void SetValues(const float * values, unsigned int count)", ParsingTestSupport.Single(grid.Functions, "SetValues").ToString());
        Assert.Equal("demo::Grid<float, 3, true> *", ParsingTestSupport.Single(grid.Functions, "Self_").ReturnType.CanonicalSpelling);
        Assert.Equal("demo::Grid<double, 2, true> *", ParsingTestSupport.Single(grid.Functions, "Other").ReturnType.CanonicalSpelling);
        Assert.Equal("float operator[](unsigned int index) const", ParsingTestSupport.Single(grid.Functions, "operator[]").ToString());
        var conversion = ParsingTestSupport.Single(grid.Functions, "operator const float *");
        Assert.True(conversion.Flags.HasFlag(CppFunctionFlags.Conversion) && conversion.IsOperator);
        Assert.Equal("operator const float *() const", conversion.ToString());
        Assert.Contains(fixture.Class("Grid").Functions, f => f.Name == "operator const T *");
        Assert.Single(grid.Constructors);
        Assert.Equal("Grid", grid.Constructors[0].Name);
        Assert.DoesNotContain(grid.Fields, f => f.Name == "m_Value");
        var dimension = Assert.Single(grid.Fields, f => f.Name == "Dimension");
        Assert.True(dimension.IsStatic);
        Assert.Equal("const unsigned int", dimension.Type.CanonicalSpelling);
    }

    [Fact]
    public void Instantiation_resolves_bases_overrides_and_typedef_uses()
    {
        var grid = fixture.Compilation.Instantiations["demo::Grid<int, 2, false>"];
        Assert.Equal("demo::Grid<int, 2, false>", grid.FullName);
        var baseType = Assert.Single(grid.BaseTypes);
        Assert.Equal("demo::Shape", baseType.Class!.FullName);
        var draw = ParsingTestSupport.Single(grid.Functions, "Draw");
        Assert.True(draw.IsVirtual);
        Assert.False(grid.IsAbstract);
        var value = Assert.IsType<CppTypedefType>(Assert.IsType<CppReferenceType>(ParsingTestSupport.Single(grid.Functions, "SetValue").Parameters[0].Type).Referenced is CppQualifiedType q ? q.ElementType : null);
        Assert.Equal("demo::Grid<int, 2, false>::ValueType", value.FullName);
        Assert.Equal("int", value.CanonicalSpelling);
        Assert.Contains(grid.Typedefs, t => t.Name == "ValueType" && t.Type.CanonicalSpelling == "int");
        var all = grid.GetAllPublicFunctions();
        Assert.Equal("demo::Shape", Assert.Single(all, m => m.Function.Name == "SetWidth").DeclaringClass.FullName);
        Assert.Single(all, m => m.Function.Name == "Draw");
    }

    [Fact]
    public void Model_prints_itself_as_cpp()
    {
        var text = CppModelWriter.Write(fixture.Compilation);
        Assert.Contains("namespace demo {", text);
        Assert.Contains("class demo::Circle : public demo::Shape", text);
        Assert.Contains("// inherited from demo::Shape", text);
        Assert.Contains("enum class Style : unsigned char { Solid = 1, Dashed = 4 }", text);
    }
}
