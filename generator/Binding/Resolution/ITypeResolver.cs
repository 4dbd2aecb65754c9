using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Resolution;

/// <summary>
/// One small rule of the marshaller chain: it knows a few kinds of C++ type and answers for those only
/// (<see cref="Resolution.Unhandled"/> otherwise). Types reach it unqualified, typedefs stripped.
/// </summary>
internal interface ITypeResolver
{
    /// <summary>A value (by value or reference) of <paramref name="type"/>; <paramref name="spelling"/> is how messages name it.</summary>
    Resolution Value(CppType type, string spelling, MarshallerResolver chain) => Resolution.Unhandled;

    /// <summary>A pointer to <paramref name="pointee"/>.</summary>
    Resolution Pointer(CppType pointee, string spelling, MarshallerResolver chain) => Resolution.Unhandled;
}
