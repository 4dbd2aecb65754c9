using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing.Building;

internal sealed partial class CppModelBuilder
{
    private readonly List<(CppClass Class, nint Declaration)> _specializationDeclarations = [];

    /// <summary>Models each requested instantiation from the probe typedefs of the main file.</summary>
    public void BuildInstantiations(List<CppInstantiationRequest> requests, HashSet<int> failedRequests)
    {
        if (requests.Count == 0)
        {
            return;
        }
        var probes = new Dictionary<string, CXCursor>(StringComparer.Ordinal);
        var tops = ClangVisitor.ChildList(ClangNative.clang_getTranslationUnitCursor(_unit));
        // With interface-file declarations the probe stands inside their namespace, so it finds them first.
        tops.AddRange(tops.Where(t => t.Kind == CXCursorKind.Namespace && Clang.Spelling(t) == CppSourceText.DeclarationNamespace)
            .SelectMany(ClangVisitor.ChildList).ToList());
        foreach (var top in tops)
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
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            if (failedRequests.Contains(i))
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
        AddUsedTypedefs();
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
        var pattern = specialization is null ? declaration : ClangNative.clang_getSpecializedCursorTemplate(declaration);
        var methods = ClangVisitor.Methods(canonical);
        var members = new ClassMembers();
        foreach (var method in methods)
        {
            members.Note(method);
        }
        var result = new CppClass
        {
            Name = Clang.Spelling(declaration),
            FullName = fullName,
            TemplateName = specialization is null ? null : UnqualifiedTemplateName(declaration),
            ClassKind = ClassKindOf(declaration.Kind),
            IsAbstract = ClangNative.clang_CXXRecord_isAbstract(declaration) != 0,
            HasPublicConstructor = members.HasPublicConstructor,
            HasPublicDestructor = members.HasPublicDestructor,
            IsFromSystemHeader = IsInSystemHeader(declaration),
            Comment = CommentOf(declaration) ?? CommentOf(pattern),
            Location = LocationOf(declaration),
        };
        _compilation.ResolvedClasses[fullName] = result;
        if (specialization is not null)
        {
            result.TemplateArguments.AddRange(specialization.Arguments);
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
        AddPatternMembers(result, pattern, specialization is not null);
        return result;
    }

    /// <summary>
    /// Enums, using-declarations and static data members of non-dependent type come from the pattern (libclang does
    /// not visit the members of an implicit instantiation). Typedefs of an instantiation are those its member
    /// signatures use, resolved (see <see cref="AddUsedTypedefs"/>).
    /// </summary>
    private void AddPatternMembers(CppClass result, CXCursor pattern, bool isSpecialization)
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
                case CXCursorKind.VarDecl when isSpecialization && CanonicalKnown(ClangNative.clang_getCursorType(child)):
                    // Static data members of the pattern whose type does not depend on the arguments (ITK's dimensions).
                    result.Fields.Add(BuildField(child));
                    break;
                case CXCursorKind.TypedefDecl or CXCursorKind.TypeAliasDecl when !isSpecialization:
                    result.Typedefs.Add(BuildTypedef(child, $"{result.FullName}::{Clang.Spelling(child)}"));
                    break;
            }
        }
    }

    /// <summary>Gives each resolved specialization the member typedefs that resolved signatures used, in source order.</summary>
    private void AddUsedTypedefs()
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

    /// <summary>Implicitly declared members sit at the class's own location; declared ones never do.</summary>
    private static bool IsImplicit(CXCursor method, CXCursor declaration)
    {
        var (methodFile, methodOffset) = ClangLocation.FileOffset(ClangNative.clang_getCursorLocation(method));
        var (classFile, classOffset) = ClangLocation.FileOffset(ClangNative.clang_getCursorLocation(declaration));
        return methodFile == classFile && methodOffset == classOffset;
    }
}
