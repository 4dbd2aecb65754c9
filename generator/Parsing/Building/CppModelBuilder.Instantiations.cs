using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing.Building;

internal sealed partial class CppModelBuilder
{
    private readonly List<(CppClass Class, nint Declaration)> _specializationDeclarations = [];

    /// <summary>
    /// Models each requested instantiation from the probe typedefs of the main file. A request that failed as a class but
    /// whose scope is a class with a member template of that name is returned as a member template request instead.
    /// </summary>
    public List<(CppMemberTemplateRequest Request, CppClass Class)> BuildInstantiations(
        List<CppInstantiationRequest> requests, IReadOnlyDictionary<int, CppMemberTemplateRequest> mayNameMemberTemplate, ClangDiagnostics translator)
    {
        var members = new List<(CppMemberTemplateRequest, CppClass)>();
        if (requests.Count == 0)
        {
            return members;
        }
        var probes = ProbeTypedefs();
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            if (mayNameMemberTemplate.TryGetValue(i, out var member))
            {
                if (translator.FailedRequests.Contains(i) && ResolveScope(member.ClassSpelling, i, probes, translator) is { } scope
                    && FindMemberTemplateOwner(scope, member.Member) is { Owner: not null })
                {
                    members.Add((member, scope));
                    continue;
                }
                translator.Release(i, _diagnostics);
            }
            if (translator.FailedRequests.Contains(i))
            {
                continue;
            }
            if (!probes.TryGetValue($"t{i}", out var probe))
            {
                _diagnostics.Error(DiagnosticIds.InstantiationFailed, request.Location, $"cannot instantiate '{request.Spelling}': the headers did not compile far enough");
                continue;
            }
            var type = Clang.Canonical(ClangNative.clang_getTypedefDeclUnderlyingType(probe));
            var declaration = ClangNative.clang_getTypeDeclaration(type);
            if (type.Kind != CXTypeKind.Record || SpecializationArguments(declaration) is null)
            {
                _diagnostics.Error(DiagnosticIds.NotASpecialization, request.Location,
                    $"'{request.Spelling}' does not name a class template specialization");
                continue;
            }
            if (ClangNative.clang_Type_getSizeOf(type) < 0)
            {
                _diagnostics.Error(DiagnosticIds.InstantiationFailed, request.Location, $"cannot instantiate '{request.Spelling}': the class is incomplete");
                continue;
            }
            var instance = ResolveClass(type);
            _compilation.Instantiations[request.Spelling] = instance;
            _compilation.Instantiations[instance.FullName] = instance;
            if (!_compilation.RequestedInstantiations.Contains(instance))
            {
                _compilation.RequestedInstantiations.Add(instance);
            }
        }
        return members;
    }

    /// <summary>
    /// A complete class reached through its type (an instantiation or a base): members and bases come from
    /// clang_visitCXXMethods / clang_visitCXXBaseClasses / clang_Type_visitFields, with every type substituted.
    /// </summary>
    private CppClass ResolveClass(CXType type)
    {
        var canonical = Clang.Canonical(type);
        var fullName = CanonicalOf(canonical, Clang.Spelling(canonical));
        if (_compilation.ResolvedClasses.TryGetValue(fullName, out var existing))
        {
            return existing;
        }
        var declaration = ClangNative.clang_getTypeDeclaration(canonical);
        var specialization = SpecializationArguments(declaration);
        if (specialization is null && BuildClass(ClangNative.clang_getCursorDefinition(declaration)) is { } plain)
        {
            return plain;
        }
        var kind = specialization is null ? CppSpecializationKind.None : SpecializationKindOf(declaration, written: false);
        // An explicit specialization declares its own members; an instantiation's come from its template (or partial specialization).
        var ownBody = specialization is null || kind == CppSpecializationKind.ExplicitSpecialization;
        var pattern = ownBody ? declaration : ClangNative.clang_getSpecializedCursorTemplate(declaration);
        var methods = ClangVisitor.Methods(canonical);
        var members = new ClassMembers();
        foreach (var method in methods)
        {
            members.Note(method);
        }
        var special = SpecialMembersOf(canonical) ?? SpecialMembers.Usable;
        var result = new CppClass
        {
            Name = Clang.Spelling(declaration),
            FullName = fullName,
            TemplateName = specialization is null ? null : UnqualifiedTemplateName(declaration),
            SpecializationKind = kind,
            ClassKind = ClassKindOf(declaration.Kind),
            IsAbstract = ClangNative.clang_CXXRecord_isAbstract(declaration) != 0,
            HasPublicConstructor = members.HasPublicConstructor(special),
            HasPublicDestructor = members.HasPublicDestructor && special.Destructible,
            IsCopyConstructible = special.CopyConstructible,
            IsCopyAssignable = special.CopyAssignable,
            IsNewable = special.Newable,
            IsFromSystemHeader = IsInSystemHeader(declaration),
            Comment = CommentOf(declaration) ?? CommentOf(pattern),
            Location = LocationOf(declaration),
        };
        _compilation.ResolvedClasses[fullName] = result;
        _declarations[result] = declaration;
        if (specialization is not null)
        {
            result.TemplateArguments.AddRange(specialization.Arguments);
        }
        if (!ownBody)
        {
            _specializationDeclarations.Add((result, declaration.Data0));
        }
        foreach (var specifier in ClangVisitor.Bases(canonical))
        {
            result.BaseTypes.Add(BuildBase(specifier, ClangNative.clang_getCursorType(specifier)));
        }
        foreach (var method in methods)
        {
            if (AccessOf(method) == CppAccess.Public && !IsImplicit(method, declaration))
            {
                AddMember(result, method, fullName);
            }
            else if (IsProtectedVirtual(method) && !IsImplicit(method, declaration))
            {
                result.ProtectedVirtuals.Add(BuildFunction(method, fullName));
            }
        }
        foreach (var field in ClangVisitor.Fields(canonical))
        {
            if (AccessOf(field) == CppAccess.Public)
            {
                result.Fields.Add(BuildField(field));
            }
        }
        AddPatternMembers(result, pattern, typedefsFromSignatures: !ownBody);
        return result;
    }

    /// <summary>
    /// Enums, using-declarations, member function templates and static data members of non-dependent type come from the
    /// pattern (libclang does not visit the members of an implicit instantiation). Typedefs of an instantiation are those
    /// its member signatures use, resolved (see <see cref="AddUsedTypedefs"/>); a class with its own body lists its own.
    /// </summary>
    private void AddPatternMembers(CppClass result, CXCursor pattern, bool typedefsFromSignatures)
    {
        foreach (var child in ClangVisitor.ChildList(pattern))
        {
            if (AccessOf(child) != CppAccess.Public)
            {
                continue;
            }
            switch (child.Kind)
            {
                case CXCursorKind.EnumDecl when ClangNative.clang_isCursorDefinition(child) != 0 && ClangNative.clang_Cursor_isAnonymous(child) == 0:
                    result.Enums.Add(BuildEnum(child, $"{result.FullName}::{Clang.Spelling(child)}"));
                    break;
                case CXCursorKind.UsingDeclaration:
                    result.UsingDeclarations.Add(Clang.Spelling(child));
                    break;
                case CXCursorKind.VarDecl when CanonicalKnown(ClangNative.clang_getCursorType(child)):
                    // Static data members of the pattern whose type does not depend on the arguments (ITK's dimensions).
                    result.Fields.Add(BuildField(child));
                    break;
                case CXCursorKind.TypedefDecl or CXCursorKind.TypeAliasDecl when !typedefsFromSignatures:
                    result.Typedefs.Add(BuildTypedef(child, $"{result.FullName}::{Clang.Spelling(child)}"));
                    break;
                case CXCursorKind.FunctionTemplate:
                    result.FunctionTemplates.Add(BuildFunctionTemplate(child, result.FullName));
                    break;
            }
        }
    }

    /// <summary>Gives each resolved specialization the member typedefs that resolved signatures used, in source order (once, last).</summary>
    public void AddUsedTypedefs()
    {
        foreach (var (cls, declaration) in _specializationDeclarations)
        {
            if (!_memberTypedefs.TryGetValue(declaration, out var byName))
            {
                continue;
            }
            foreach (var typedef in byName.Values.Select(c => BuildTypedef(c, $"{cls.FullName}::{Clang.Spelling(c)}"))
                .OrderBy(t => t.Location.Line).ThenBy(t => t.Name, StringComparer.Ordinal))
            {
                cls.Typedefs.Add(typedef);
            }
        }
    }

    /// <summary>
    /// Implicitly declared members sit at the class's own location, declared ones never do; an explicit instantiation that
    /// follows an implicit one moves the class to itself and leaves those members at the template's name.
    /// </summary>
    private static bool IsImplicit(CXCursor method, CXCursor declaration)
    {
        var at = ClangLocation.FileOffset(ClangNative.clang_getCursorLocation(method));
        if (at == ClangLocation.FileOffset(ClangNative.clang_getCursorLocation(declaration)))
        {
            return true;
        }
        var template = ClangNative.clang_getSpecializedCursorTemplate(declaration);
        return !Clang.IsNull(template) && at == ClangLocation.FileOffset(ClangNative.clang_getCursorLocation(template));
    }
}
