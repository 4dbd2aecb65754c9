namespace ItkBindGen.Parsing.Building;

/// <summary>
/// One overload of a requested member template, with its types substituted as text. Written into the second parse as a
/// struct derived from the declaring class, in that class's namespace, so the spellings are resolved where the member
/// declared them (member typedefs through the base, the namespace's names through the enclosing scope):
/// <c>namespace itk { struct __itkbindgen_member_0 : ::itk::ImageBase&lt;2&gt; { using r = IndexType; using p0 = const Point&lt;double, 2&gt; &amp;;
/// using f = r (p0); }; }</c> (one declaration a line, so clang's errors map back to the overload).
/// </summary>
internal sealed record MemberTemplateProbe(
    int Index, CppMemberTemplateRequest Request, CppClass Class, CppClass Owner, CppFunctionTemplate Template, IReadOnlyList<string> Namespaces,
    string ReturnType, IReadOnlyList<string> ParameterTypes, IReadOnlyList<string?> DefaultValues)
{
    public const string ResultAlias = "r";

    public string StructName => $"__itkbindgen_member_{Index}";

    public static string ParameterAlias(int index) => $"p{index}";

    /// <summary>Writes the probe, one alias a line, every line marked as this probe's.</summary>
    public void WriteTo(MainFile file)
    {
        var open = string.Concat(Namespaces.Select(n => $"namespace {n} {{ "));
        file.Append($"{open}struct {StructName} : ::{Owner.FullName} {{", MainFileLine.MemberProbe, Index);
        file.Append($"using {ResultAlias} = {ReturnType};", MainFileLine.MemberProbe, Index);
        for (var i = 0; i < ParameterTypes.Count; i++)
        {
            file.Append($"using {ParameterAlias(i)} = {ParameterTypes[i]};", MainFileLine.MemberProbe, Index);
        }
        // The function type checks what each alias alone cannot: no void parameter, no array or function result.
        var parameters = string.Join(", ", Enumerable.Range(0, ParameterTypes.Count).Select(ParameterAlias));
        file.Append($"using f = {ResultAlias} ({parameters});", MainFileLine.MemberProbe, Index);
        file.Append("};" + new string('}', Namespaces.Count), MainFileLine.MemberProbe, Index);
    }
}
