using ItkBindGen.Binding;
using ItkBindGen.Binding.Directives;
using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Binding.Resolution;
using ItkBindGen.Parsing;

namespace ItkBindGen.Tests.Binding;

/// <summary>
/// The marshaller chain on C++ types built by hand, without libclang: which kind a type gets, how it is passed, the
/// reason when it cannot be mapped, and the lines a crossing decides.
/// </summary>
public sealed class MarshallerResolverTests
{
    private static readonly CppType Double = new CppPrimitiveType(CppPrimitiveKind.Double, "double");
    private static readonly CppType Int = new CppPrimitiveType(CppPrimitiveKind.Int, "int");
    private static readonly CppType Float = new CppPrimitiveType(CppPrimitiveKind.Float, "float");

    private static MarshallerResolver Resolver(IReadOnlyDictionary<string, string>? proxies = null) => new(
        proxies ?? new Dictionary<string, string>(), new Dictionary<string, ValueProxy>(), new Dictionary<string, EnumBinding>(), "MNative",
        new DirectiveIndex(new BindingRequest
        {
            ModuleName = "M", Namespace = "M", NativeLibrary = "M", Threads = true, Target = BindingRequest.NativeCoreTarget,
            ShimFileName = "M_wrap.cpp", WrappedHeaders = [],
        }));

    private static CppNamedType Named(string name, params CppTemplateArgument[] arguments) =>
        new(CppNamedTypeKind.Class, name, arguments, isFromSystemHeader: false, name, $"{name}<{string.Join(", ", arguments.Select(a => a.ToString()))}>");

    private static CppType Ref(CppType type, bool isConst) =>
        new CppReferenceType(isConst ? new CppQualifiedType(type, true, false, "const " + type.Spelling, "const " + type.CanonicalSpelling) : type,
            false, type.Spelling + " &", (isConst ? "const " : string.Empty) + type.CanonicalSpelling + " &");

    private static CppType Pointer(CppType type) => new CppPointerType(type, type.Spelling + " *", type.CanonicalSpelling + " *");

    [Fact]
    public void A_non_const_reference_to_a_scalar_is_written_back_and_its_lines_use_the_scope_names()
    {
        var resolution = Resolver().Parameter(Ref(Double, isConst: false), "scale", string.Empty, out var passing);
        Assert.Equal(("Primitive", Passing.InOut), (resolution.Marshaller!.Kind, passing));
        var names = new NameScope([ParameterName.Of("scale"), ParameterName.Of("scaleNative")]);
        var crossing = resolution.Marshaller.ByReference(ParameterName.Of("scale"), outOnly: false, names);
        Assert.Equal("ref double scale", crossing.CsDeclaration);
        Assert.Equal(["double scaleNative_ = scale;"], crossing.CsLocals);
        Assert.Equal(["double scale_value = *scale;"], crossing.CppBefore);
        Assert.Equal(["*scale = scale_value;"], crossing.CppAfter);
    }

    [Fact]
    public void A_fixed_size_itk_value_is_a_length_checked_array()
    {
        var size = Named("itk::Size", CppTemplateArgument.ForValue("2"));
        var resolution = Resolver().Parameter(Ref(size, isConst: true), "size", string.Empty, out var passing);
        var crossing = resolution.Marshaller!.In(ParameterName.Of("size"), new NameScope([ParameterName.Of("size")]));
        Assert.Equal(("ulong[]", Passing.In), (crossing.CsType, passing));
        Assert.Contains("if (size.Length != 2)", crossing.CsChecks);
        Assert.Equal(["fixed (ulong* sizePointer = size)"], crossing.CsPins);
        Assert.Equal("size_value", crossing.CppArgument);
    }

    [Fact]
    public void A_vector_composes_its_marshaller_from_its_element()
    {
        var resolver = Resolver(new Dictionary<string, string> { ["ns::Widget"] = "Widget" });
        Assert.IsType<PrimitiveVectorMarshaller>(resolver.Return(Named("std::vector", CppTemplateArgument.ForType(Float))).Marshaller);
        var index = Named("itk::Index", CppTemplateArgument.ForValue("3"));
        Assert.Equal("long[][]", resolver.Return(Named("std::vector", CppTemplateArgument.ForType(index))).Marshaller!.CsType);
        var widget = new CppNamedType(CppNamedTypeKind.Class, "ns::Widget", [], false, "ns::Widget", "ns::Widget");
        var widgets = resolver.Return(Named("std::vector", CppTemplateArgument.ForType(Pointer(widget)))).Marshaller;
        Assert.Equal(("List", "Widget?[]"), (widgets!.Kind, widgets.CsType));
        // A vector of what has no element marshaller has no mapping, and says so.
        Assert.Equal("'std::vector<std::thread>' has no C# mapping",
            resolver.Return(Named("std::vector", CppTemplateArgument.ForType(new CppNamedType(CppNamedTypeKind.Class, "std::thread", [], true, "std::thread", "std::thread")))).Reason);
    }

    [Fact]
    public void Kinds_that_cannot_stand_somewhere_give_a_reason_instead_of_a_marshaller()
    {
        var function = new CppFunctionType(Int, [Int], isVariadic: false, "int (int)", "int (int)");
        var resolver = Resolver();
        Assert.Equal("'int (*)(int)' is mapped only as a parameter (FunctionPointer)",
            resolver.Return(new CppPointerType(function, "int (*)(int)", "int (*)(int)")).Reason);
        Assert.StartsWith("raw pointer 'double *' has no meaning", resolver.Parameter(Pointer(Double), "p", string.Empty, out _).Reason);
        Assert.StartsWith("'double &' is a modifiable reference", resolver.Return(Ref(Double, isConst: false)).Reason);
    }
}
