using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing.Building;

internal sealed partial class CppModelBuilder
{
    private void VisitContainer(List<CXCursor> children, CppNamespace ns)
    {
        foreach (var cursor in children)
        {
            switch (cursor.Kind)
            {
                case CXCursorKind.Namespace:
                    if (IsInSystemHeader(cursor))
                    {
                        break;
                    }
                    var name = Clang.Spelling(cursor);
                    if (name == CppParser.ProbeNamespace)
                    {
                        break;
                    }
                    if (name == CppSourceText.DeclarationNamespace)
                    {
                        VisitContainer(ClangVisitor.ChildList(cursor), ns); // Interface-file declarations belong where they were written.
                        break;
                    }
                    var child = ns.Namespaces.Find(n => n.Name == name);
                    if (child is null)
                    {
                        child = new CppNamespace
                        {
                            Name = name,
                            FullName = ns.FullName.Length == 0 ? name : $"{ns.FullName}::{name}",
                            Location = LocationOf(cursor),
                        };
                        ns.Namespaces.Add(child);
                    }
                    VisitContainer(ClangVisitor.ChildList(cursor), child);
                    break;
                case CXCursorKind.LinkageSpec:
                    if (!IsInSystemHeader(cursor))
                    {
                        VisitContainer(ClangVisitor.ChildList(cursor), ns);
                    }
                    break;
                default:
                    if (cursor.Kind != CXCursorKind.MacroExpansion && IsWanted(cursor))
                    {
                        AddDeclaration(cursor, ns);
                    }
                    break;
            }
        }
    }

    private void AddDeclaration(CXCursor cursor, CppNamespace ns)
    {
        switch (cursor.Kind)
        {
            case CXCursorKind.ClassDecl or CXCursorKind.StructDecl or CXCursorKind.UnionDecl when IsSpecialization(cursor):
                if (BuildSpecialization(cursor) is { } specialization)
                {
                    ns.Specializations.Add(specialization);
                }
                break;
            case CXCursorKind.ClassDecl or CXCursorKind.StructDecl or CXCursorKind.UnionDecl or CXCursorKind.ClassTemplate:
                if (BuildClass(cursor) is { } cls)
                {
                    ns.Classes.Add(cls);
                }
                break;
            case CXCursorKind.EnumDecl:
                // An unnamed enum ('enum { A, B };') names no type; clang spells it '(unnamed enum at ...)'.
                if (ClangNative.clang_isCursorDefinition(cursor) != 0 && Clang.Spelling(cursor) is { Length: > 0 } enumName && enumName[0] != '(')
                {
                    ns.Enums.Add(BuildEnum(cursor, null));
                }
                break;
            case CXCursorKind.TypedefDecl or CXCursorKind.TypeAliasDecl:
                ns.Typedefs.Add(BuildTypedef(cursor, null));
                break;
            case CXCursorKind.FunctionDecl:
                ns.Functions.Add(BuildFunction(cursor, null));
                break;
            // A static member's definition outside its class is a VarDecl here too. A variable declared again (extern,
            // then defined) is listed each time: the binder keeps the declaration in a wrapped header.
            case CXCursorKind.VarDecl when ClangNative.clang_getCursorSemanticParent(cursor).Kind is CXCursorKind.Namespace or CXCursorKind.TranslationUnit or CXCursorKind.LinkageSpec:
                ns.Variables.Add(BuildField(cursor));
                break;
        }
    }

    private CppEnum BuildEnum(CXCursor cursor, string? fullName)
    {
        var parent = ClangNative.clang_getCursorSemanticParent(cursor);
        var result = new CppEnum
        {
            OwnerClass = parent.Kind is CXCursorKind.ClassDecl or CXCursorKind.StructDecl ? QualifiedName(parent) : null,
            Name = Clang.Spelling(cursor),
            FullName = fullName ?? QualifiedName(cursor),
            IsScoped = ClangNative.clang_EnumDecl_isScoped(cursor) != 0,
            IsNameHidden = IsNameHiddenInScope(cursor),
            IntegerType = BuildType(ClangNative.clang_getEnumDeclIntegerType(cursor)),
            Comment = CommentOf(cursor),
            Location = LocationOf(cursor),
        };
        foreach (var item in ClangVisitor.ChildList(cursor))
        {
            if (item.Kind == CXCursorKind.EnumConstantDecl)
            {
                result.Items.Add(new CppEnumItem
                {
                    Name = Clang.Spelling(item),
                    Value = ClangNative.clang_getEnumConstantDeclValue(item),
                    Comment = CommentOf(item),
                    Location = LocationOf(item),
                });
            }
        }
        return result;
    }

    private CppTypedef BuildTypedef(CXCursor cursor, string? fullName) => new()
    {
        Name = Clang.Spelling(cursor),
        FullName = fullName ?? QualifiedName(cursor),
        Type = BuildType(ClangNative.clang_getTypedefDeclUnderlyingType(cursor)),
        IsAlias = cursor.Kind == CXCursorKind.TypeAliasDecl,
        Comment = CommentOf(cursor),
        Location = LocationOf(cursor),
    };

    private CppFunction BuildFunction(CXCursor cursor, string? declaringClass)
    {
        var name = Clang.Spelling(cursor);
        if (cursor.Kind is CXCursorKind.Constructor or CXCursorKind.Destructor && name.IndexOf('<') is var open and > 0)
        {
            // Inside a class template libclang spells constructors with the template's arguments.
            name = name[..open];
        }
        const int RValueRefQualifier = 2; // CXRefQualifier_RValue
        var flags = CppFunctionFlags.None;
        var isMethod = cursor.Kind is CXCursorKind.CXXMethod or CXCursorKind.Constructor or CXCursorKind.Destructor or CXCursorKind.ConversionFunction;
        if (isMethod)
        {
            flags |= CppFunctionFlags.Method;
            flags |= Flag(ClangNative.clang_CXXMethod_isStatic(cursor), CppFunctionFlags.Static)
                | Flag(ClangNative.clang_CXXMethod_isConst(cursor), CppFunctionFlags.Const)
                | Flag(ClangNative.clang_CXXMethod_isVirtual(cursor), CppFunctionFlags.Virtual)
                | Flag(ClangNative.clang_CXXMethod_isPureVirtual(cursor), CppFunctionFlags.PureVirtual)
                | Flag(ClangNative.clang_CXXMethod_isDefaulted(cursor), CppFunctionFlags.Defaulted)
                | (ClangNative.clang_Type_getCXXRefQualifier(ClangNative.clang_getCursorType(cursor)) == RValueRefQualifier ? CppFunctionFlags.RValueQualified : CppFunctionFlags.None);
        }
        flags |= Flag(ClangNative.clang_CXXMethod_isDeleted(cursor), CppFunctionFlags.Deleted);
        if (ClangNative.clang_getCursorAvailability(cursor) == CXAvailabilityKind.Deprecated)
        {
            flags |= CppFunctionFlags.Deprecated;
        }
        switch (cursor.Kind)
        {
            case CXCursorKind.Constructor:
                flags |= CppFunctionFlags.Constructor
                    | Flag(ClangNative.clang_CXXConstructor_isCopyConstructor(cursor), CppFunctionFlags.CopyConstructor)
                    | Flag(ClangNative.clang_CXXConstructor_isMoveConstructor(cursor), CppFunctionFlags.MoveConstructor);
                break;
            case CXCursorKind.Destructor:
                flags |= CppFunctionFlags.Destructor;
                break;
            case CXCursorKind.ConversionFunction:
                flags |= CppFunctionFlags.Conversion | CppFunctionFlags.Operator;
                break;
        }
        if (name.StartsWith("operator", StringComparison.Ordinal) && name.Length > 8 && !(char.IsLetterOrDigit(name[8]) || name[8] == '_'))
        {
            flags |= CppFunctionFlags.Operator;
        }
        var functionType = ClangNative.clang_getCursorType(cursor);
        if (ClangNative.clang_isFunctionTypeVariadic(functionType) != 0)
        {
            flags |= CppFunctionFlags.Variadic;
        }
        var macro = MacroOf(cursor);
        // Constructors and destructors report a void result type: say so explicitly.
        var returnType = flags.HasFlag(CppFunctionFlags.Constructor) || flags.HasFlag(CppFunctionFlags.Destructor)
            ? VoidType
            : BuildType(ClangNative.clang_getCursorResultType(cursor));
        if (flags.HasFlag(CppFunctionFlags.Conversion))
        {
            // libclang names a conversion in a template by its canonical target ("operator type-parameter-0-0 *").
            name = "operator " + returnType.CanonicalSpelling;
        }
        var function = new CppFunction
        {
            Name = name,
            ReturnType = returnType,
            Flags = flags,
            Access = AccessOf(cursor),
            Macro = macro,
            DeclaringClassName = declaringClass,
            IsInterfaceDeclaration = IsInDeclarationNamespace(cursor),
            Comment = CommentOf(cursor),
            Location = LocationOf(cursor),
        };
        var count = ClangNative.clang_Cursor_getNumArguments(cursor);
        for (uint i = 0; i < Math.Max(count, 0); i++)
        {
            var argument = ClangNative.clang_Cursor_getArgument(cursor, i);
            function.Parameters.Add(new CppParameter
            {
                Name = Clang.Spelling(argument),
                Type = BuildType(ClangNative.clang_getCursorType(argument)),
                DefaultValue = macro is null ? DefaultValueOf(SourceText(argument)) : null,
            });
        }
        return function;
    }

    private CppField BuildField(CXCursor cursor) => new()
    {
        Name = Clang.Spelling(cursor),
        Type = BuildType(ClangNative.clang_getCursorType(cursor)),
        IsStatic = cursor.Kind == CXCursorKind.VarDecl,
        HasInternalLinkage = ClangNative.clang_getCursorLinkage(cursor) is 2 or 3,
        Access = AccessOf(cursor),
        Comment = CommentOf(cursor),
        Location = LocationOf(cursor),
    };

    // Names of the variables and functions of a scope (a namespace or the translation unit, through extern "C" blocks), by scope.
    private readonly Dictionary<(nint, nint), HashSet<string>> _valueNames = [];

    /// <summary>Whether a variable or function of the class's scope has its name, which then hides it (C's <c>struct buffalo buffalo;</c>).</summary>
    private bool IsNameHiddenInScope(CXCursor cursor)
    {
        var scope = ClangNative.clang_getCursorSemanticParent(cursor);
        // An extern "C" block is no scope of its own: its names are its namespace's.
        while (scope.Kind == CXCursorKind.LinkageSpec)
        {
            scope = ClangNative.clang_getCursorSemanticParent(scope);
        }
        if (scope.Kind is not (CXCursorKind.Namespace or CXCursorKind.TranslationUnit))
        {
            return false;
        }
        if (!_valueNames.TryGetValue((scope.Data0, scope.Data1), out var names))
        {
            names = new HashSet<string>(StringComparer.Ordinal);
            AddValueNames(ClangVisitor.ChildList(scope), names);
            _valueNames[(scope.Data0, scope.Data1)] = names;
        }
        return names.Contains(Clang.Spelling(cursor));

        static void AddValueNames(List<CXCursor> children, HashSet<string> names)
        {
            foreach (var child in children)
            {
                if (child.Kind is CXCursorKind.VarDecl or CXCursorKind.FunctionDecl)
                {
                    names.Add(Clang.Spelling(child));
                }
                else if (child.Kind == CXCursorKind.LinkageSpec)
                {
                    AddValueNames(ClangVisitor.ChildList(child), names);
                }
            }
        }
    }

    // Interface-file declarations are read inside a namespace of their own (CppParser's main file).
    private static bool IsInDeclarationNamespace(CXCursor cursor)
    {
        for (var parent = ClangNative.clang_getCursorSemanticParent(cursor); !Clang.IsNull(parent) && parent.Kind != CXCursorKind.TranslationUnit;
             parent = ClangNative.clang_getCursorSemanticParent(parent))
        {
            if (parent.Kind == CXCursorKind.Namespace && Clang.Spelling(parent) == CppSourceText.DeclarationNamespace)
            {
                return true;
            }
        }
        return false;
    }

    private static CppFunctionFlags Flag(uint value, CppFunctionFlags flag) => value != 0 ? flag : CppFunctionFlags.None;
}
