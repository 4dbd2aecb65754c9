using System.Text;

namespace ItkBindGen.Parsing;

/// <summary>
/// A public member function template as declared (<c>template &lt;typename TCoordRep&gt; IndexType
/// TransformPhysicalPointToIndex(const Point&lt;TCoordRep, VImageDimension&gt; &amp; point) const</c>). Its types depend on its
/// template parameters, so they are kept as written; a <c>%template</c> of it is a <see cref="CppMemberTemplateRequest"/>,
/// whose result (<see cref="CppMemberInstantiation"/>) has every type resolved. In a class template's instantiation the
/// spellings are the template's (the class's own template parameters are not substituted either).
/// </summary>
public sealed class CppFunctionTemplate : CppDeclaration
{
    public List<CppTemplateParameter> TemplateParameters { get; } = [];

    /// <summary>The full name of the class that declares it (for an instantiation, the instantiation's).</summary>
    public required string DeclaringClassName { get; init; }

    /// <summary>The result type as written (<c>void</c> for a constructor template).</summary>
    public required string ReturnTypeSpelling { get; init; }

    public List<CppSpelledParameter> Parameters { get; } = [];

    /// <summary>Static, const, constructor, conversion, operator, deleted, deprecated; never virtual (templates cannot be).</summary>
    public CppFunctionFlags Flags { get; init; }

    public bool IsStatic => Flags.HasFlag(CppFunctionFlags.Static);

    public bool IsConst => Flags.HasFlag(CppFunctionFlags.Const);

    public bool IsConstructor => Flags.HasFlag(CppFunctionFlags.Constructor);

    public override string ToString()
    {
        var text = new StringBuilder("template <").AppendJoin(", ", TemplateParameters).Append("> ");
        if (IsStatic)
        {
            text.Append("static ");
        }
        if (!IsConstructor && !Flags.HasFlag(CppFunctionFlags.Conversion))
        {
            text.Append(ReturnTypeSpelling).Append(' ');
        }
        text.Append(Name).Append('(').AppendJoin(", ", Parameters).Append(')');
        if (IsConst)
        {
            text.Append(" const");
        }
        return text.ToString();
    }
}
