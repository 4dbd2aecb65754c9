using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Selection;

/// <summary>What the binding decides from a C++ class's bases and members alone.</summary>
public static class ClassFacts
{
    public const string LightObject = "itk::LightObject";
    public const string ItkObject = "itk::Object";
    public const string ProcessObject = "itk::ProcessObject";

    public static bool DerivesFrom(CppClass cpp, string fullName) =>
        cpp.FullName == fullName || cpp.BaseTypes.Any(b => b.Class is { } c && DerivesFrom(c, fullName));

    public static int Depth(CppClass cpp) =>
        cpp.BaseTypes.Select(b => b.Class is { } c ? Depth(c) + 1 : 0).DefaultIfEmpty(0).Max();

    /// <summary>The name directives use for a class: the template's name for an instantiation, so one directive covers all.</summary>
    public static string DirectiveName(CppClass cpp) => cpp.TemplateName ?? cpp.FullName;

    /// <summary>ITK's exceptions reach C# as the runtime's typed exceptions; they get no proxy.</summary>
    public static bool IsException(CppClass cpp) => DerivesFrom(cpp, "itk::ExceptionObject") || DerivesFrom(cpp, "std::exception");

    /// <summary>A class with no instance member, field or constructor taking arguments, that has static members or only enums.</summary>
    public static bool IsStaticOnly(CppClass cpp) =>
        !cpp.Functions.Any(f => !f.IsStatic && !f.IsDeleted && !f.IsOperator) && !cpp.Fields.Any(f => !f.IsStatic)
        && !cpp.Constructors.Any(c => c.Parameters.Count > 0 && !c.IsDeleted && !c.Flags.HasFlag(CppFunctionFlags.CopyConstructor) && !c.Flags.HasFlag(CppFunctionFlags.MoveConstructor))
        && (cpp.Functions.Any(f => f.IsStatic) || cpp.Fields.Any(f => f.IsStatic) || HoldsOnlyEnums(cpp));

    public static bool HoldsOnlyEnums(CppClass cpp) =>
        cpp.Enums.Count > 0 && cpp.Functions.All(f => f.IsStatic || f.IsDeleted || f.IsOperator) && cpp.Fields.All(f => f.IsStatic);
}
