using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing.Building;

internal sealed partial class CppModelBuilder
{
    private const string MemberProbePrefix = "__itkbindgen_member_";

    /// <summary>The declaration each class was built from, while the unit lives (member template probes need its template and namespace).</summary>
    private readonly Dictionary<CppClass, CXCursor> _declarations = new(ReferenceEqualityComparer.Instance);

    /// <summary>The class of each member template request, from its <c>typedef Class m0;</c> line; failed ones are already reported.</summary>
    public List<(CppMemberTemplateRequest Request, CppClass Class)> ResolveMemberClasses(IReadOnlyList<CppMemberTemplateRequest> requests, ClangDiagnostics translator)
    {
        var result = new List<(CppMemberTemplateRequest, CppClass)>();
        var probes = requests.Count == 0 ? [] : ProbeTypedefs();
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            if (translator.FailedMemberClasses.Contains(i))
            {
                continue;
            }
            var type = probes.TryGetValue($"m{i}", out var probe) ? Clang.Canonical(ClangNative.clang_getTypedefDeclUnderlyingType(probe)) : default;
            if (type.Kind != CXTypeKind.Record || ClangNative.clang_Type_getSizeOf(type) < 0)
            {
                _diagnostics.Error(DiagnosticIds.InstantiationFailed, request.Location,
                    $"cannot instantiate member template '{request.Spelling}': '{request.ClassSpelling}' is not a complete class");
                continue;
            }
            result.Add((request, ResolveClass(type)));
        }
        return result;
    }

    /// <summary>
    /// The overloads to probe for each request: the member templates of that name in the class that declares it (found as C++
    /// name lookup finds it), whose template parameter count fits the arguments, with every template parameter substituted.
    /// </summary>
    public List<MemberTemplateProbe> PlanMemberTemplates(IEnumerable<(CppMemberTemplateRequest Request, CppClass Class)> requests)
    {
        var probes = new List<MemberTemplateProbe>();
        foreach (var (request, cls) in requests)
        {
            _compilation.MemberTemplateRequests.Add(request);
            var (owner, problem) = FindMemberTemplateOwner(cls, request.Member);
            if (owner is null)
            {
                _diagnostics.Error(DiagnosticIds.MemberTemplateNotFound, request.Location, $"cannot instantiate '{request.Spelling}': {problem}");
                continue;
            }
            var scope = ClassScope(owner, out problem);
            if (scope is null)
            {
                _diagnostics.Error(DiagnosticIds.MemberTemplateFailed, request.Location, $"cannot instantiate '{request.Spelling}': {problem}");
                continue;
            }
            var overloads = owner.FunctionTemplates.Where(t => t.Name == request.Member).ToList();
            var planned = 0;
            foreach (var overload in overloads)
            {
                if (Substitution(overload, request.Arguments, scope.Value.Arguments) is not { } map)
                {
                    continue;
                }
                probes.Add(new MemberTemplateProbe(probes.Count, request, cls, owner, overload, scope.Value.Namespaces,
                    TemplateSpelling.Substitute(overload.ReturnTypeSpelling, map),
                    [.. overload.Parameters.Select(p => TemplateSpelling.Substitute(p.TypeSpelling, map))],
                    [.. overload.Parameters.Select(p => p.DefaultValue is null ? null : TemplateSpelling.Substitute(p.DefaultValue, map))]));
                planned++;
            }
            if (planned == 0)
            {
                _diagnostics.Error(DiagnosticIds.MemberTemplateNotFound, request.Location,
                    $"cannot instantiate '{request.Spelling}': no overload of '{owner.FullName}::{request.Member}' takes {request.Arguments.Count} template argument(s): "
                    + string.Join("; ", overloads));
            }
        }
        return probes;
    }

    /// <summary>
    /// The class in which lookup of <paramref name="member"/> from <paramref name="cls"/> stops, if what it finds there is
    /// a public member template; otherwise why not. A name declared in a class hides the bases' (a using-declaration
    /// lets lookup go on into them); the same name from two bases is ambiguous.
    /// </summary>
    private static (CppClass? Owner, string Problem) FindMemberTemplateOwner(CppClass cls, string member)
    {
        if (cls.FunctionTemplates.Any(t => t.Name == member))
        {
            return (cls, string.Empty);
        }
        var declaresOther = cls.Functions.Concat(cls.Constructors).Any(f => f.Name == member) || cls.Fields.Any(f => f.Name == member)
            || cls.Typedefs.Any(t => t.Name == member) || cls.Enums.Any(e => e.Name == member) || cls.Classes.Any(c => c.Name == member);
        if (declaresOther && !cls.UsingDeclarations.Contains(member))
        {
            return (null, $"'{cls.FullName}::{member}' is not a member template");
        }
        var found = cls.BaseTypes.Where(b => b.Class is not null && b.Access == CppAccess.Public)
            .Select(b => FindMemberTemplateOwner(b.Class!, member)).ToList();
        var owners = found.Where(f => f.Owner is not null).Select(f => f.Owner!).Distinct().ToList();
        return owners.Count switch
        {
            1 => (owners[0], string.Empty),
            > 1 => (null, $"'{member}' is ambiguous in '{cls.FullName}': found in {string.Join(" and ", owners.Select(o => $"'{o.FullName}'"))}"),
            _ => (null, found.Select(f => f.Problem).FirstOrDefault(p => p.Contains("is not a member template", StringComparison.Ordinal))
                ?? $"'{cls.FullName}' has no public member template named '{member}'"),
        };
    }

    /// <summary>The owner's namespaces (where its probe is written) and its own template arguments by parameter name.</summary>
    private (IReadOnlyList<string> Namespaces, Dictionary<string, string> Arguments)? ClassScope(CppClass owner, out string problem)
    {
        problem = string.Empty;
        var declaration = _declarations[owner];
        var namespaces = new List<string>();
        for (var parent = ClangNative.clang_getCursorSemanticParent(declaration); parent.Kind != CXCursorKind.TranslationUnit && !Clang.IsNull(parent);
             parent = ClangNative.clang_getCursorSemanticParent(parent))
        {
            if (parent.Kind == CXCursorKind.Namespace)
            {
                if (ClangNative.clang_Cursor_isAnonymous(parent) != 0)
                {
                    problem = $"'{owner.FullName}' is in an anonymous namespace";
                    return null;
                }
                namespaces.Insert(0, Clang.Spelling(parent));
            }
        }
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        if (owner.SpecializationKind is CppSpecializationKind.None or CppSpecializationKind.ExplicitSpecialization)
        {
            return (namespaces, arguments);
        }
        var pattern = ClangNative.clang_getSpecializedCursorTemplate(declaration);
        var parameters = ClangVisitor.ChildList(pattern)
            .Where(c => c.Kind is CXCursorKind.TemplateTypeParameter or CXCursorKind.NonTypeTemplateParameter or CXCursorKind.TemplateTemplateParameter)
            .Select(BuildTemplateParameter).ToList();
        if (pattern.Kind != CXCursorKind.ClassTemplate || SpecializationArguments(declaration)?.Fallback is not null
            || parameters.Any(p => p.IsParameterPack) || parameters.Count != owner.TemplateArguments.Count)
        {
            problem = $"the template arguments of '{owner.FullName}' cannot be put into its member declarations (a partial specialization or a parameter pack)";
            return null;
        }
        for (var i = 0; i < parameters.Count; i++)
        {
            arguments[parameters[i].Name] = ArgumentText(owner.TemplateArguments[i].ToString());
        }
        return (namespaces, arguments);
    }

    /// <summary>Every template parameter of the class and the member by its argument (defaults filled in), or null when the count does not fit.</summary>
    private static Dictionary<string, string>? Substitution(CppFunctionTemplate overload, IReadOnlyList<string> arguments, Dictionary<string, string> classArguments)
    {
        var parameters = overload.TemplateParameters;
        if (parameters.Any(p => p.IsParameterPack) || arguments.Count > parameters.Count
            || parameters.Skip(arguments.Count).Any(p => p.DefaultValue is null))
        {
            return null;
        }
        var map = new Dictionary<string, string>(classArguments, StringComparer.Ordinal);
        for (var i = 0; i < parameters.Count; i++)
        {
            map[parameters[i].Name] = i < arguments.Count ? ArgumentText(arguments[i]) : TemplateSpelling.Substitute(parameters[i].DefaultValue!, map);
        }
        return map;
    }

    // A negative value stays one operand wherever the parameter stood (N * 2, X - N).
    private static string ArgumentText(string argument) => argument.StartsWith('-') ? $"({argument})" : argument;

    /// <summary>Models the overloads whose probe compiled (second parse); a request none of whose overloads compiled is an error.</summary>
    public void BuildMemberInstantiations(List<MemberTemplateProbe> probes, ClangDiagnostics translator)
    {
        var structs = MemberProbeStructs();
        foreach (var group in probes.GroupBy(p => p.Request))
        {
            var built = 0;
            foreach (var probe in group)
            {
                if (translator.FailedProbes.ContainsKey(probe.Index) || !structs.TryGetValue(probe.StructName, out var probeStruct))
                {
                    continue;
                }
                var aliases = ClangVisitor.ChildList(probeStruct).Where(c => c.Kind == CXCursorKind.TypeAliasDecl)
                    .ToDictionary(Clang.Spelling, c => ClangNative.clang_getTypedefDeclUnderlyingType(c), StringComparer.Ordinal);
                // An alias clang did not keep (a parse cut short) leaves the overload out rather than half-built.
                if (!aliases.ContainsKey(MemberTemplateProbe.ResultAlias)
                    || Enumerable.Range(0, probe.ParameterTypes.Count).Any(i => !aliases.ContainsKey(MemberTemplateProbe.ParameterAlias(i))))
                {
                    continue;
                }
                _compilation.MemberInstantiations.Add(new CppMemberInstantiation
                {
                    Class = probe.Class,
                    Owner = probe.Owner,
                    Template = probe.Template,
                    Function = InstantiatedFunction(probe, aliases),
                    TemplateArguments = probe.Request.Arguments,
                    Request = probe.Request,
                });
                built++;
            }
            if (built == 0)
            {
                var request = group.Key;
                var reasons = group.Select(p => $"{p.Template}: {translator.FailedProbes.GetValueOrDefault(p.Index, "the probe was not parsed")}");
                _diagnostics.Error(DiagnosticIds.MemberTemplateFailed, request.Location,
                    $"cannot instantiate '{request.Spelling}': no overload accepts these template arguments: {string.Join("; ", reasons)}");
            }
        }
    }

    private CppFunction InstantiatedFunction(MemberTemplateProbe probe, Dictionary<string, CXType> aliases)
    {
        var declared = probe.Template;
        var function = new CppFunction
        {
            Name = declared.Name,
            ReturnType = declared.IsConstructor ? VoidType : BuildType(aliases[MemberTemplateProbe.ResultAlias]),
            Flags = declared.Flags,
            DeclaringClassName = probe.Owner.FullName,
            Comment = declared.Comment,
            Location = declared.Location,
        };
        for (var i = 0; i < declared.Parameters.Count; i++)
        {
            function.Parameters.Add(new CppParameter
            {
                Name = declared.Parameters[i].Name,
                Type = BuildType(aliases[MemberTemplateProbe.ParameterAlias(i)]),
                DefaultValue = probe.DefaultValues[i],
            });
        }
        return function;
    }

    /// <summary>The probe structs of the main file (they follow every header's declarations, so the walk starts at the end).</summary>
    private Dictionary<string, CXCursor> MemberProbeStructs()
    {
        var result = new Dictionary<string, CXCursor>(StringComparer.Ordinal);
        void Visit(List<CXCursor> cursors, bool topLevel)
        {
            for (var i = cursors.Count - 1; i >= 0; i--)
            {
                var cursor = cursors[i];
                if (FileNameOf(cursor) != _mainFile)
                {
                    if (topLevel && cursor.Kind != CXCursorKind.MacroExpansion)
                    {
                        return;
                    }
                    continue;
                }
                if (cursor.Kind == CXCursorKind.Namespace)
                {
                    Visit(ClangVisitor.ChildList(cursor), topLevel: false);
                }
                else if (cursor.Kind == CXCursorKind.StructDecl && Clang.Spelling(cursor) is var name && name.StartsWith(MemberProbePrefix, StringComparison.Ordinal))
                {
                    result[name] = cursor;
                }
            }
        }
        Visit(ClangVisitor.ChildList(ClangNative.clang_getTranslationUnitCursor(_unit)), topLevel: true);
        return result;
    }

    /// <summary>The typedefs of the probe namespace (<c>t0</c>, <c>u0</c>, <c>m0</c>), by name.</summary>
    private Dictionary<string, CXCursor> ProbeTypedefs()
    {
        var probes = new Dictionary<string, CXCursor>(StringComparer.Ordinal);
        foreach (var top in ClangVisitor.ChildList(ClangNative.clang_getTranslationUnitCursor(_unit)))
        {
            if (top.Kind == CXCursorKind.Namespace && Clang.Spelling(top) == CppParser.ProbeNamespace)
            {
                foreach (var probe in ClangVisitor.ChildList(top))
                {
                    if (probe.Kind == CXCursorKind.TypedefDecl)
                    {
                        probes[Clang.Spelling(probe)] = probe;
                    }
                }
            }
        }
        return probes;
    }

    /// <summary>
    /// The class a held request's scope names: a template-id scope (<c>itk::Image&lt;float,2&gt;</c>) from its
    /// <c>typedef Scope u0;</c> line, a plain qualified name by looking it up among the declarations (it may be a namespace).
    /// </summary>
    private CppClass? ResolveScope(string scope, int index, Dictionary<string, CXCursor> probes, ClangDiagnostics translator)
    {
        CXType type;
        if (scope.Contains('<'))
        {
            if (translator.FailedScopes.Contains(index) || !probes.TryGetValue($"u{index}", out var probe))
            {
                return null;
            }
            type = Clang.Canonical(ClangNative.clang_getTypedefDeclUnderlyingType(probe));
        }
        else if (FindTypeByName(scope) is { } named)
        {
            type = named;
        }
        else
        {
            return null;
        }
        return type.Kind == CXTypeKind.Record && ClangNative.clang_Type_getSizeOf(type) >= 0 ? ResolveClass(type) : null;
    }

    /// <summary>A class or typedef named by a plain qualified name (<c>geo::Point</c>), by walking namespaces and classes.</summary>
    private CXType? FindTypeByName(string qualifiedName)
    {
        var parts = qualifiedName.Trim().TrimStart(':').Split("::", StringSplitOptions.TrimEntries);
        var scopes = new List<CXCursor> { ClangNative.clang_getTranslationUnitCursor(_unit) };
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            var next = new List<CXCursor>();
            foreach (var scope in scopes)
            {
                foreach (var child in ClangVisitor.ChildList(scope))
                {
                    if (Clang.Spelling(child) != parts[i])
                    {
                        continue;
                    }
                    if (last && child.Kind is CXCursorKind.TypedefDecl or CXCursorKind.TypeAliasDecl)
                    {
                        return Clang.Canonical(ClangNative.clang_getTypedefDeclUnderlyingType(child));
                    }
                    if (child.Kind is CXCursorKind.ClassDecl or CXCursorKind.StructDecl && ClangNative.clang_isCursorDefinition(child) != 0)
                    {
                        if (last)
                        {
                            return Clang.Canonical(ClangNative.clang_getCursorType(child));
                        }
                        next.Add(child);
                    }
                    else if (child.Kind == CXCursorKind.Namespace && !last)
                    {
                        next.Add(child);
                    }
                }
            }
            scopes = next;
        }
        return null;
    }
}
