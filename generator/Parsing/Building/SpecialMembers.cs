using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing.Building;

/// <summary>
/// Whether a class's default constructor, destructor, copy constructor and copy assignment exist and are public, the
/// implicit ones included (libclang lists only declared members): C++ deletes an implicit one when a member or base
/// cannot take part — a const or reference member, a member or base whose own is deleted or private. Also whether
/// <c>new</c> may be called on it (a non-public <c>operator new</c> forbids it).
/// </summary>
internal sealed record SpecialMembers(bool DefaultConstructible, bool Destructible, bool CopyConstructible, bool CopyAssignable, bool Newable)
{
    public static readonly SpecialMembers Usable = new(true, true, true, true, true);

    /// <summary>The facts of a class from its declarations.</summary>
    /// <param name="className">The class's unqualified name (what its operator= takes).</param>
    /// <param name="members">Its children: members of any access and base specifiers.</param>
    /// <param name="asBase">Whether the facts are for a derived class's implicit members, which may call protected ones.</param>
    /// <param name="ofRecord">The facts of a member's (false) or base's (true) class.</param>
    /// <param name="hasInitializer">Whether a field has a default member initializer.</param>
    public static SpecialMembers Of(string className, IEnumerable<CXCursor> members, bool asBase, Func<CXType, bool, SpecialMembers?> ofRecord,
        Func<CXCursor, bool> hasInitializer)
    {
        var declared = new Declared();
        var blocked = new Blocked();
        foreach (var member in members)
        {
            var access = ClangNative.clang_getCXXAccessSpecifier(member);
            var usable = access != CX_CXXAccessSpecifier.Private && (asBase || access != CX_CXXAccessSpecifier.Protected)
                && ClangNative.clang_CXXMethod_isDeleted(member) == 0;
            switch (member.Kind)
            {
                case CXCursorKind.Constructor:
                    declared.Constructor(member, usable);
                    break;
                case CXCursorKind.FunctionTemplate when Clang.Spelling(member) == className:
                    declared.AnyConstructor = true;
                    break;
                case CXCursorKind.Destructor:
                    declared.Destructor = usable;
                    declared.DefaultedDestructor = ClangNative.clang_CXXMethod_isDefaulted(member) != 0;
                    break;
                case CXCursorKind.CXXMethod:
                    declared.Method(member, className, usable, isPublic: access is not (CX_CXXAccessSpecifier.Private or CX_CXXAccessSpecifier.Protected));
                    break;
                case CXCursorKind.FieldDecl:
                    blocked.Field(member, ofRecord, hasInitializer(member));
                    break;
                case CXCursorKind.CXXBaseSpecifier:
                    if (ofRecord(Clang.Canonical(ClangNative.clang_getCursorType(member)), true) is { } facts)
                    {
                        blocked.Subobject(facts, initialized: false);
                        declared.Newable &= facts.Newable;
                    }
                    break;
            }
        }
        // A destructor declared = default is deleted where the implicit one would be.
        var destructible = (declared.Destructor ?? true) && !((declared.Destructor is null || declared.DefaultedDestructor) && blocked.Destructor);
        return new SpecialMembers(
            DefaultConstructible: declared.AnyConstructor ? declared.DefaultConstructor : !blocked.Default,
            Destructible: destructible,
            CopyConstructible: declared.CopyConstructor ?? (!declared.Move && !blocked.Copy),
            CopyAssignable: declared.CopyAssignment ?? (!declared.Move && !blocked.Assign),
            Newable: declared.Newable);
    }

    // What the class declares itself; null where it declares no such member (the implicit one is then decided by Blocked).
    private sealed class Declared
    {
        public bool AnyConstructor;
        public bool DefaultConstructor;
        public bool? CopyConstructor;
        public bool? CopyAssignment;
        public bool? Destructor;
        public bool DefaultedDestructor;
        public bool Move;
        public bool Newable = true;

        public void Constructor(CXCursor member, bool usable)
        {
            AnyConstructor = true;
            if (ClangNative.clang_CXXConstructor_isCopyConstructor(member) != 0)
            {
                CopyConstructor = (CopyConstructor ?? false) || usable;
            }
            else if (ClangNative.clang_CXXConstructor_isMoveConstructor(member) != 0)
            {
                Move = true;
            }
            else if (ClangNative.clang_Cursor_getNumArguments(member) == 0)
            {
                DefaultConstructor |= usable;
            }
        }

        public void Method(CXCursor member, string className, bool usable, bool isPublic)
        {
            var name = Clang.Spelling(member);
            // The shim's new-expression is outside every class: a protected operator new forbids it too.
            if (name is "operator new" or "operator new[]" && !isPublic)
            {
                Newable = false;
            }
            if (name != "operator=" || ClangNative.clang_Cursor_getNumArguments(member) != 1)
            {
                return;
            }
            var parameter = Clang.Canonical(ClangNative.clang_getCursorType(ClangNative.clang_Cursor_getArgument(member, 0)));
            var isRValue = parameter.Kind == CXTypeKind.RValueReference;
            var target = parameter.Kind is CXTypeKind.LValueReference or CXTypeKind.RValueReference ? ClangNative.clang_getPointeeType(parameter) : parameter;
            if (Clang.Spelling(ClangNative.clang_getTypeDeclaration(target)) != className)
            {
                return;
            }
            if (isRValue)
            {
                Move = true;
            }
            else
            {
                CopyAssignment = (CopyAssignment ?? false) || usable;
            }
        }
    }

    // What the members and bases forbid of the implicit special members.
    private sealed class Blocked
    {
        public bool Default;
        public bool Destructor;
        public bool Copy;
        public bool Assign;

        public void Field(CXCursor field, Func<CXType, bool, SpecialMembers?> ofRecord, bool initialized)
        {
            var type = Clang.Canonical(ClangNative.clang_getCursorType(field));
            if (type.Kind is CXTypeKind.LValueReference or CXTypeKind.RValueReference)
            {
                Assign = true;
                Copy |= type.Kind == CXTypeKind.RValueReference;
                Default |= !initialized;
                return;
            }
            var isConst = ClangNative.clang_isConstQualifiedType(type) != 0;
            while (type.Kind == CXTypeKind.ConstantArray)
            {
                type = Clang.Canonical(ClangNative.clang_getArrayElementType(type));
                isConst |= ClangNative.clang_isConstQualifiedType(type) != 0;
            }
            if (isConst)
            {
                Assign = true;
                Default |= !initialized && type.Kind != CXTypeKind.Record;
            }
            if (type.Kind == CXTypeKind.Record && ofRecord(ClangNative.clang_getUnqualifiedType(type), false) is { } facts)
            {
                Subobject(facts, initialized);
            }
        }

        public void Subobject(SpecialMembers facts, bool initialized)
        {
            Default |= (!facts.DefaultConstructible && !initialized) || !facts.Destructible;
            Destructor |= !facts.Destructible;
            Copy |= !facts.CopyConstructible || !facts.Destructible;
            Assign |= !facts.CopyAssignable;
        }
    }
}
