using ItkBindGen.Binding;
using ItkBindGen.Parsing;

namespace ItkBindGen.Cli;

/// <summary>
/// After the parse: the <c>%template</c> directives the parser served as member function templates move from a request's
/// <see cref="BindingRequest.Templates"/> to its <see cref="BindingRequest.MemberTemplates"/>, with their instantiations,
/// in the generated module's request and in every imported one.
/// </summary>
internal static class MemberTemplateDirectives
{
    public static BindingRequest Split(BindingRequest request, CppCompilation compilation)
    {
        if (compilation.MemberTemplateRequests.Count == 0)
        {
            return request;
        }
        var members = compilation.MemberTemplateRequests.Select(r => r.Spelling).ToHashSet(StringComparer.Ordinal);
        return Split(request, compilation, members, new Dictionary<BindingRequest, BindingRequest>(ReferenceEqualityComparer.Instance));
    }

    // An import reached along two paths stays one request.
    private static BindingRequest Split(BindingRequest request, CppCompilation compilation, HashSet<string> members, Dictionary<BindingRequest, BindingRequest> done)
    {
        if (done.TryGetValue(request, out var split))
        {
            return split;
        }
        split = request with
        {
            Templates = request.Templates.Where(t => !members.Contains(t.CppType)).ToList(),
            MemberTemplates = request.Templates.Where(t => members.Contains(t.CppType))
                .Select(t => new MemberTemplateDirective(t, compilation.MemberInstantiationsOf(t.CppType))).ToList(),
            Imports = request.Imports.Select(i => Split(i, compilation, members, done)).ToList(),
        };
        done[request] = split;
        return split;
    }
}
