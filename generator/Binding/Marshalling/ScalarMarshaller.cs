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

    public override ParameterCrossing In(string name) => new()
    {
        CsDeclaration = $"{CsType} {name}",
        CsType = CsType,
        CsArguments = [CsToInterop(name)],
        CsInteropParameters = [$"{CsInteropType} {name}"],
        CppParameters = [$"{CppShimType} {name}"],
        CppArgument = ShimToCpp(name),
    };

    public override ParameterCrossing ByReference(string name, bool outOnly) => new()
    {
        CsDeclaration = $"{(outOnly ? "out" : "ref")} {CsType} {name}",
        CsType = $"{(outOnly ? "out" : "ref")} {CsType}",
        CsLocals = [$"{CsInteropType} {name}Native = {(outOnly ? "default" : CsToInterop(name))};"],
        CsArguments = [$"&{name}Native"],
        CsInteropParameters = [$"{CsInteropType}* {name}"],
        CsAfter = [$"{name} = {InteropToCs(name + "Native")};"],
        CppParameters = [$"{CppShimType} * {name}"],
        CppBefore = [outOnly ? $"{CppValueType} {name}_value{{}};" : $"{CppValueType} {name}_value = {ShimToCpp("*" + name)};"],
        CppArgument = $"{name}_value",
        CppAfter = [$"*{name} = {CppToShim(name + "_value")};"],
    };

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter) => new()
    {
        CsType = CsType,
        CsInteropReturnType = CsInteropType,
        CsLocals = [$"{CsInteropType} result;"],
        CsAssign = "result = ",
        CsReturn = [$"return {InteropToCs("result")};"],
        CppReturnType = CppShimType,
        CppStatements = HandOver(call, cppAfter, usesValueTwice: false, value => [$"return {CppToShim(value)};"]),
        CppFallback = "return {};",
    };
}
