using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Binding.Resolution;
using ItkBindGen.Binding.Selection;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>What a variable's type allows its accessors, for member variables and global ones alike.</summary>
internal static class VariableTypes
{
    /// <summary>The class a variable's type names (through typedefs and const), when the model has it.</summary>
    public static CppClass? ClassOf(BindingScope scope, CppType type) =>
        MarshallerResolver.Unqualify(type, out _) is CppNamedType named ? scope.Compilation.FindClass(named.CanonicalSpelling) : null;

    /// <summary>
    /// Why a variable cannot be read, or null: a const object of a class C++ cannot copy could only be borrowed, and a
    /// proxy borrowing it could change it.
    /// </summary>
    public static string? UnreadableReason(CppType type, CppClass? typeClass)
    {
        MarshallerResolver.Unqualify(type, out var isConst);
        return typeClass is { IsCopyConstructible: false } && isConst
            ? $"it is a const object of '{typeClass.FullName}', which C++ cannot copy, and a C# proxy that borrowed it could change it"
            : null;
    }

    /// <summary>The type a read returns: a class C++ cannot copy is read as a reference to the variable, which its proxy borrows.</summary>
    public static CppType ReadType(CppType type, CppClass? typeClass) =>
        typeClass is { IsCopyConstructible: false } ? new CppReferenceType(type, isRValue: false, type.Spelling + " &", type.CanonicalSpelling + " &") : type;

    /// <summary>A const variable, an array or a reference cannot be assigned, nor can a class whose operator= is deleted or private.</summary>
    public static bool IsAssignable(CppType type, CppClass? typeClass) =>
        MarshallerResolver.Unqualify(type, out var isConst) is not (CppArrayType or CppReferenceType) && !isConst
        && typeClass is not { IsCopyAssignable: false };

    /// <summary>
    /// Whether a value written to a variable of this type would outlive its memory: a C string (<c>char *</c>) the shim
    /// is given lives for the call alone, so such a variable is read-only rather than left pointing at freed memory.
    /// </summary>
    public static bool HoldsCallString(CppType type, ValueMarshaller setterType) =>
        setterType is StringMarshaller && MarshallerResolver.Unqualify(type, out _) is CppPointerType;
}
