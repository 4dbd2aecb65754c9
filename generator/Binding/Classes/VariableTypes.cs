using ItkBindGen.Binding.Directives;
using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Binding.Resolution;
using ItkBindGen.Binding.Selection;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>How a variable is read and written, for member variables and global ones alike.</summary>
internal static class VariableTypes
{
    /// <summary>The class a variable's type names (through typedefs and const), when the model has it.</summary>
    public static CppClass? ClassOf(BindingScope scope, CppType type) =>
        MarshallerResolver.Unqualify(type, out _) is CppNamedType named ? scope.Compilation.FindClass(named.CanonicalSpelling) : null;

    /// <summary>
    /// How a read of the variable returns its value, or null with the reason: a copy, or, for a class C++ cannot copy, a
    /// reference to the variable, which its proxy borrows (not for a const one, which the proxy could change).
    /// </summary>
    public static ValueMarshaller? Reader(BindingScope scope, CppType type, CppClass? typeClass, out string? whyNot)
    {
        MarshallerResolver.Unqualify(type, out var isConst);
        if (typeClass is { IsCopyConstructible: false } && isConst)
        {
            whyNot = $"it is a const object of '{typeClass.FullName}', which C++ cannot copy, and a C# proxy that borrowed it could change it";
            return null;
        }
        var read = typeClass is { IsCopyConstructible: false } ? new CppReferenceType(type, isRValue: false, type.Spelling + " &", type.CanonicalSpelling + " &") : type;
        var returned = scope.Marshallers.Return(read);
        whyNot = returned.Marshaller is null ? $"its type {returned.Reason}" : null;
        return returned.Marshaller;
    }

    /// <summary>
    /// How a write of the variable passes its value, or null when it has none: an array, a reference, a const variable,
    /// a class whose operator= is deleted or private, one <c>%immutable</c> names, a value not passed in, and a C string
    /// (<c>char *</c>: the string the shim is given lives for the call alone, and the variable would point at freed memory).
    /// A pointer to an object is written as a nullable proxy, as it is read.
    /// <paramref name="cppScope"/> is the C++ scope constant expressions of %apply lengths are evaluated in.
    /// </summary>
    public static ValueMarshaller? Writer(BindingScope scope, Declaration declaration, CppField variable, CppClass? typeClass, string cppScope)
    {
        var unqualified = MarshallerResolver.Unqualify(variable.Type, out var isConst);
        if (unqualified is CppArrayType or CppReferenceType || isConst || typeClass is { IsCopyAssignable: false }
            || scope.Directives.IsImmutable(declaration.QualifiedName, variable.Location))
        {
            return null;
        }
        if (scope.Marshallers.Parameter(variable.Type, "value", cppScope, out var passing) is not { Marshaller: { } marshaller }
            || passing != Passing.In || (marshaller is StringMarshaller && unqualified is CppPointerType))
        {
            return null;
        }
        // A pointer to an object reads as a nullable proxy and is written as one: storing null dereferences nothing. A
        // %extend setter is the user's function, which may, so it keeps its non-null parameter.
        return marshaller is ProxyMarshaller proxy && variable.ExtensionSetter is null ? proxy.AcceptingNull() : marshaller;
    }
}
