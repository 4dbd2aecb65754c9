using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing.Building;

internal sealed partial class CppModelBuilder
{
    /// <summary>A class or class template declared in an input header, from its declaration's children.</summary>
    private CppClass? BuildClass(CXCursor cursor)
    {
        var isTemplate = cursor.Kind == CXCursorKind.ClassTemplate;
        if ((!isTemplate && ClangNative.clang_isCursorDefinition(cursor) == 0) || ClangNative.clang_Cursor_isAnonymous(cursor) != 0)
        {
            return null;
        }
        var kind = isTemplate ? ClangNative.clang_getTemplateCursorKind(cursor) : cursor.Kind;
        var fullName = QualifiedName(cursor);
        // A plain class is built once, whether met as a declaration or as a base.
        if (!isTemplate && _compilation.ResolvedClasses.TryGetValue(fullName, out var known))
        {
            return known;
        }
        var children = ClangVisitor.ChildList(cursor);
        var members = new ClassMembers();
        foreach (var child in children)
        {
            members.Note(child);
        }
        var specialization = isTemplate || !IsSpecialization(cursor) ? null : SpecializationArguments(cursor);
        var special = isTemplate ? SpecialMembers.Usable : SpecialMembersOf(ClangNative.clang_getCursorType(cursor)) ?? SpecialMembers.Usable;
        var result = new CppClass
        {
            Name = Clang.Spelling(cursor),
            FullName = fullName,
            TemplateName = specialization is null ? null : UnqualifiedTemplateName(cursor),
            SpecializationKind = specialization is null ? CppSpecializationKind.None : SpecializationKindOf(cursor, written: true),
            ClassKind = ClassKindOf(kind),
            IsAbstract = ClangNative.clang_CXXRecord_isAbstract(cursor) != 0,
            HasPublicConstructor = members.HasPublicConstructor(special),
            HasPublicDestructor = members.HasPublicDestructor && special.Destructible,
            IsCopyConstructible = special.CopyConstructible,
            IsCopyAssignable = special.CopyAssignable,
            IsNewable = special.Newable,
            IsFromSystemHeader = IsInSystemHeader(cursor),
            IsNameHidden = !isTemplate && specialization is null && IsNameHiddenInScope(cursor),
            Comment = CommentOf(cursor),
            Location = LocationOf(cursor),
        };
        foreach (var child in children)
        {
            switch (child.Kind)
            {
                case CXCursorKind.TemplateTypeParameter or CXCursorKind.NonTypeTemplateParameter or CXCursorKind.TemplateTemplateParameter:
                    if (isTemplate)
                    {
                        result.TemplateParameters.Add(BuildTemplateParameter(child));
                    }
                    break;
                case CXCursorKind.CXXBaseSpecifier:
                    result.BaseTypes.Add(BuildBase(child, ClangNative.clang_getCursorType(child)));
                    break;
                default:
                    if (AccessOf(child) == CppAccess.Public)
                    {
                        AddMember(result, child, fullName);
                    }
                    else if (IsProtectedVirtual(child))
                    {
                        result.ProtectedVirtuals.Add(BuildFunction(child, fullName));
                    }
                    break;
            }
        }
        result.TemplateArguments.AddRange(specialization?.Arguments ?? []);
        _declarations[result] = cursor;
        if (!isTemplate)
        {
            _compilation.ResolvedClasses[fullName] = result;
        }
        return result;
    }

    // Kept apart from the public members: only a director (a C++ subclass the shim writes) can call or override them.
    private static bool IsProtectedVirtual(CXCursor child) =>
        child.Kind == CXCursorKind.CXXMethod && AccessOf(child) == CppAccess.Protected && ClangNative.clang_CXXMethod_isVirtual(child) != 0;

    private void AddMember(CppClass owner, CXCursor child, string ownerName)
    {
        switch (child.Kind)
        {
            case CXCursorKind.CXXMethod or CXCursorKind.ConversionFunction:
                owner.Functions.Add(BuildFunction(child, ownerName));
                break;
            case CXCursorKind.Constructor:
                owner.Constructors.Add(BuildFunction(child, ownerName));
                break;
            case CXCursorKind.Destructor:
                owner.Destructors.Add(BuildFunction(child, ownerName));
                break;
            case CXCursorKind.FieldDecl or CXCursorKind.VarDecl:
                owner.Fields.Add(BuildField(child));
                break;
            case CXCursorKind.EnumDecl:
                if (ClangNative.clang_isCursorDefinition(child) != 0 && ClangNative.clang_Cursor_isAnonymous(child) == 0)
                {
                    owner.Enums.Add(BuildEnum(child, $"{ownerName}::{Clang.Spelling(child)}"));
                }
                break;
            case CXCursorKind.TypedefDecl or CXCursorKind.TypeAliasDecl:
                owner.Typedefs.Add(BuildTypedef(child, $"{ownerName}::{Clang.Spelling(child)}"));
                break;
            case CXCursorKind.ClassDecl or CXCursorKind.StructDecl or CXCursorKind.UnionDecl when IsSpecialization(child):
                if (BuildSpecialization(child) is { } specialization)
                {
                    owner.Specializations.Add(specialization);
                }
                break;
            case CXCursorKind.ClassDecl or CXCursorKind.StructDecl or CXCursorKind.UnionDecl or CXCursorKind.ClassTemplate:
                if (BuildClass(child) is { } nested)
                {
                    owner.Classes.Add(nested);
                }
                break;
            case CXCursorKind.FunctionTemplate:
                owner.FunctionTemplates.Add(BuildFunctionTemplate(child, ownerName));
                break;
            case CXCursorKind.UsingDeclaration:
                owner.UsingDeclarations.Add(Clang.Spelling(child));
                break;
        }
    }

    private CppBaseType BuildBase(CXCursor specifier, CXType type)
    {
        var baseType = BuildType(type);
        var result = new CppBaseType
        {
            Access = AccessOf(specifier),
            IsVirtual = ClangNative.clang_isVirtualBase(specifier) != 0,
            Type = baseType,
        };
        var canonical = Clang.Canonical(type);
        // Without LLVM 21's member visitors only plain (non-specialization) bases can be resolved.
        if (canonical.Kind == CXTypeKind.Record && ClangNative.clang_Type_getSizeOf(canonical) >= 0
            && (ClangLibrary.SupportsInstantiationMembers || SpecializationArguments(ClangNative.clang_getTypeDeclaration(canonical)) is null))
        {
            result.Class = ResolveClass(canonical);
        }
        return result;
    }

    private static CppClassKind ClassKindOf(CXCursorKind kind) => kind switch
    {
        CXCursorKind.StructDecl => CppClassKind.Struct,
        CXCursorKind.UnionDecl => CppClassKind.Union,
        _ => CppClassKind.Class,
    };

    /// <summary>What the non-public and implicit parts of a class say about constructing and destroying it.</summary>
    private sealed class ClassMembers
    {
        private bool _anyConstructor;
        private bool _publicConstructor;
        private bool _anyDestructor;
        private bool _publicDestructor;

        /// <summary>A public constructor is declared, or none is and the implicit default constructor is not deleted.</summary>
        public bool HasPublicConstructor(SpecialMembers special) => _publicConstructor || (!_anyConstructor && special.DefaultConstructible);

        public bool HasPublicDestructor => _publicDestructor || !_anyDestructor;

        public void Note(CXCursor member)
        {
            var usable = AccessOf(member) == CppAccess.Public && ClangNative.clang_CXXMethod_isDeleted(member) == 0;
            if (member.Kind == CXCursorKind.Constructor)
            {
                var copyOrMove = ClangNative.clang_CXXConstructor_isCopyConstructor(member) != 0 || ClangNative.clang_CXXConstructor_isMoveConstructor(member) != 0;
                // A declared copy or move constructor still suppresses the implicit default constructor.
                _anyConstructor = true;
                _publicConstructor |= usable && !copyOrMove;
            }
            else if (member.Kind == CXCursorKind.Destructor)
            {
                _anyDestructor = true;
                _publicDestructor |= usable;
            }
        }
    }
}
