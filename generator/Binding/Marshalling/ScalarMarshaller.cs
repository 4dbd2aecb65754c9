namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// The shape shared by values that cross as one blittable scalar: passed by value, returned directly, written
/// back through a pointer to a local. Subclasses give the types and the conversion on each side.
/// </summary>
public abstract class ScalarMarshaller : ValueMarshaller
{
    /// <summary>The <c>LibraryImport</c> type.</summary>
    public abstract string CsInteropType { get; }

    /// <summary>The C ABI type in the shim's signature.</summary>
    public abstract string CppShimType { get; }

    /// <summary>The C++ value type, without reference or const.</summary>
    public abstract string CppValueType { get; }

    public override MarshallerUses Uses => MarshallerUses.In | MarshallerUses.WriteBack | MarshallerUses.Return;

    protected virtual string CsToInterop(string value) => value;

    protected virtual string InteropToCs(string value) => value;

    protected virtual string ShimToCpp(string value) => value;

    protected virtual string CppToShim(string value) => value;

    public override DirectorCrossing Director => new(CppShimType, CsInteropType, CsType)
    {
        CppToAbi = CppToShim,
        AbiToCs = InteropToCs,
        CsToAbi = CsToInterop,
        AbiToCpp = ShimToCpp,
    };

    public override ParameterCrossing In(ParameterName name, NameScope names) => new()
    {
        CsDeclaration = $"{CsType} {name.Cs}",
        CsType = CsType,
        CsArguments = [CsToInterop(name.Cs)],
        CsInteropParameters = [$"{CsInteropType} {name.Cs}"],
        CppParameters = [$"{CppShimType} {name.Cpp}"],
        CppArgument = ShimToCpp(name.Cpp),
    };

    public override ParameterCrossing ByReference(ParameterName name, bool outOnly, NameScope names)
    {
        var native = names.Cs(name.Cs + "Native");
        var value = names.Cpp(name.Cpp + "_value");
        return new()
        {
            CsDeclaration = $"{(outOnly ? "out" : "ref")} {CsType} {name.Cs}",
            CsType = $"{(outOnly ? "out" : "ref")} {CsType}",
            Passing = outOnly ? Passing.Out : Passing.InOut,
            CsLocals = [$"{CsInteropType} {native} = {(outOnly ? "default" : CsToInterop(name.Cs))};"],
            CsArguments = [$"&{native}"],
            CsInteropParameters = [$"{CsInteropType}* {name.Cs}"],
            CsAfter = [$"{name.Cs} = {InteropToCs(native)};"],
            CppParameters = [$"{CppShimType} * {name.Cpp}"],
            CppBefore = [outOnly ? $"{CppValueType} {value}{{}};" : $"{CppValueType} {value} = {ShimToCpp("*" + name.Cpp)};"],
            CppArgument = value,
            CppAfter = [$"*{name.Cpp} = {CppToShim(value)};"],
        };
    }

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter, NameScope names)
    {
        var result = names.Cs("result");
        return new()
        {
            CsType = CsType,
            CsInteropReturnType = CsInteropType,
            CsLocals = [$"{CsInteropType} {result};"],
            CsAssign = $"{result} = ",
            CsReturn = [$"return {InteropToCs(result)};"],
            CppReturnType = CppShimType,
            CppStatements = HandOver(call, cppAfter, usesValueTwice: false, names, value => [$"return {CppToShim(value)};"]),
            CppFallback = "return {};",
        };
    }
}
