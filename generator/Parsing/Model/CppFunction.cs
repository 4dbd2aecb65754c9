using System.Text;

namespace ItkBindGen.Parsing;

/// <summary>
/// A free function, method, constructor, destructor or operator. ITK's Set/Get macros produce ordinary methods;
/// <see cref="Macro"/> names the macro whose expansion declared this one, when known.
/// Constructors and destructors have a <c>void</c> return type.
/// </summary>
public sealed class CppFunction : CppDeclaration
{
    public required CppType ReturnType { get; init; }

    public List<CppParameter> Parameters { get; } = [];

    public CppFunctionFlags Flags { get; init; }

    public CppAccess Access { get; init; } = CppAccess.Public;

    public string? Macro { get; init; }

    /// <summary>The full name of the class that declares it (for an instantiation, the instantiation's), or null.</summary>
    public string? DeclaringClassName { get; init; }

    /// <summary>
    /// Declared in the interface file itself (SWIG's "declared only"): the shim compiles another declaration, which may
    /// lack the defaults this one gives, so the shim passes those explicitly.
    /// </summary>
    public bool IsInterfaceDeclaration { get; init; }

    /// <summary>
    /// For a member an interface file's <c>%extend</c> adds: the free function that implements it, which the shim calls
    /// with the object first (none for a static member or a constructor, whose helper returns the new object).
    /// </summary>
    public string? ExtensionHelper { get; init; }

    public bool IsStatic => Flags.HasFlag(CppFunctionFlags.Static);

    public bool IsConst => Flags.HasFlag(CppFunctionFlags.Const);

    public bool IsVirtual => Flags.HasFlag(CppFunctionFlags.Virtual);

    public bool IsPureVirtual => Flags.HasFlag(CppFunctionFlags.PureVirtual);

    public bool IsDeleted => Flags.HasFlag(CppFunctionFlags.Deleted);

    public bool IsDeprecated => Flags.HasFlag(CppFunctionFlags.Deprecated);

    public bool IsRValueQualified => Flags.HasFlag(CppFunctionFlags.RValueQualified);

    public bool IsOperator => Flags.HasFlag(CppFunctionFlags.Operator);

    public bool IsConstructor => Flags.HasFlag(CppFunctionFlags.Constructor);

    public bool IsDestructor => Flags.HasFlag(CppFunctionFlags.Destructor);

    /// <summary>"name(type, type)" with canonical types: what distinguishes overloads.</summary>
    public string Signature => $"{Name}({string.Join(", ", Parameters.Select(p => p.Type.CanonicalSpelling))}){(IsConst ? " const" : string.Empty)}";

    public override string ToString()
    {
        var text = new StringBuilder();
        if (IsStatic)
        {
            text.Append("static ");
        }
        if (IsVirtual)
        {
            text.Append("virtual ");
        }
        if (!IsConstructor && !IsDestructor && !Flags.HasFlag(CppFunctionFlags.Conversion))
        {
            text.Append(ReturnType.CanonicalSpelling).Append(' ');
        }
        text.Append(Name).Append('(').AppendJoin(", ", Parameters);
        if (Flags.HasFlag(CppFunctionFlags.Variadic))
        {
            text.Append(Parameters.Count > 0 ? ", ..." : "...");
        }
        text.Append(')');
        if (IsConst)
        {
            text.Append(" const");
        }
        if (IsPureVirtual)
        {
            text.Append(" = 0");
        }
        if (IsDeleted)
        {
            text.Append(" = delete");
        }
        return text.ToString();
    }
}
