using ItkBindGen.Binding.Selection;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>
/// The copy constructor C++ gives a class that declares none, as a declared one would read (<c>Class(const Class &amp;)</c>):
/// what <c>%copyctor</c> wraps, as SWIG does, when the class can be copied.
/// </summary>
internal static class ImplicitCopyConstructor
{
    /// <summary>The implicit copy constructor, or null when the class declares one or cannot be copied.</summary>
    public static CppFunction? Of(CppClass cpp)
    {
        if (!cpp.IsCopyConstructible || cpp.Constructors.Any(c => c.Flags.HasFlag(CppFunctionFlags.CopyConstructor)))
        {
            return null;
        }
        var self = new CppNamedType(cpp.ClassKind == CppClassKind.Union ? CppNamedTypeKind.Union : CppNamedTypeKind.Class,
            cpp.TemplateName ?? cpp.FullName, cpp.TemplateArguments, cpp.IsFromSystemHeader, cpp.FullName, cpp.FullName);
        var constSelf = new CppQualifiedType(self, isConst: true, isVolatile: false, $"const {cpp.FullName}", $"const {cpp.FullName}");
        var function = new CppFunction
        {
            Name = ClassFacts.DirectiveName(cpp).Split("::")[^1],
            ReturnType = new CppPrimitiveType(CppPrimitiveKind.Void, "void"),
            Flags = CppFunctionFlags.Constructor | CppFunctionFlags.CopyConstructor,
            DeclaringClassName = cpp.FullName,
            Location = cpp.Location,
        };
        function.Parameters.Add(new CppParameter { Name = "other", Type = new CppReferenceType(constSelf, isRValue: false, $"const {cpp.FullName} &", $"const {cpp.FullName} &") });
        return function;
    }
}
