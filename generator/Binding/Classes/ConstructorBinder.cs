using ItkBindGen.Binding.Directives;
using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Binding.Selection;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>
/// The constructors of a class whose proxy owns its object: one C# constructor per public C++ constructor (and per
/// default-argument cut), each creating the object with <c>new</c> in the shim. The copy constructor is one of them: a
/// C# copy is a new native object. An abstract class has none; a move constructor has no C# counterpart. As in SWIG,
/// <c>%nodefaultctor</c> drops the implicit default constructor and <c>%copyctor</c> adds the implicit copy constructor.
/// </summary>
internal sealed class ConstructorBinder(BindingScope scope, SelectedClass selected, CallFactory calls, SignatureMapper signatures, SkipList skips)
{
    private CppClass Cpp => selected.Cpp;

    private string Prefix => $"{scope.ModuleName}_{selected.CsName}";

    public List<ConstructorBinding> Bind(ClassSwitches switches)
    {
        if (selected.Kind != ProxyKind.Value || Cpp.IsAbstract)
        {
            foreach (var extended in Cpp.Constructors.Where(c => c.ExtensionHelper is not null))
            {
                skips.Add(Cpp, extended, Cpp.IsAbstract ? "the class is abstract" : "a reference-counted class is made by its New(), not by an %extend constructor");
            }
            return [];
        }
        if (!Cpp.IsNewable)
        {
            foreach (var constructor in Cpp.Constructors.Where(c => !c.IsDeleted))
            {
                skips.Add(Cpp, constructor, "the class's operator new is not public, so the shim cannot create one with new");
            }
            return [];
        }
        var value = scope.ValueClasses[Cpp.FullName];
        var marshaller = FactoryMarshaller.ValueClass(selected.CsName, value.RootCppName == Cpp.FullName ? null : value.RootCppSpelling);
        // Instantiated constructor templates (%template(Name) Class::Class<Args>;) too: new deduces their arguments.
        var constructors = Cpp.Constructors.Where(c => !c.IsDeleted)
            .Concat(MethodBinder.MemberTemplatesOf(scope, Cpp).Select(m => m.Instantiation.Function).Where(f => f.IsConstructor)).ToList();
        var implicitCopy = switches.CopyConstructor ? ImplicitCopyConstructor.Of(Cpp) : null;
        var nativeNames = new HashSet<string>(StringComparer.Ordinal);
        var bound = new List<ConstructorBinding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (constructors.Count == 0 && Cpp.HasPublicConstructor && !switches.NoDefaultConstructor)
        {
            bound.Add(new ConstructorBinding(Factory(marshaller, [], nativeNames), ConstructorBinding.DefaultDocumentation(Cpp.FullName)));
        }
        foreach (var constructor in implicitCopy is null ? constructors : constructors.Append(implicitCopy))
        {
            if (constructor.Flags.HasFlag(CppFunctionFlags.MoveConstructor))
            {
                skips.Add(Cpp, constructor, "a move constructor has no C# counterpart (C# copies with the copy constructor)", DiagnosticIds.NotWrappedByDesign);
                continue;
            }
            if (scope.Directives.IsIgnored(Declaration.Member(Cpp, constructor.Name, DeclarationKind.Constructor, constructor))
                || !signatures.TryMap(Cpp, constructor, selected.CppAlias, out _, out var parameters))
            {
                continue;
            }
            foreach (var variant in SignatureMapper.DefaultArgumentVariants(parameters))
            {
                var factory = Factory(marshaller, variant, nativeNames, SignatureMapper.ExplicitDefaults(constructor, variant.Count), constructor.ExtensionHelper);
                if (seen.Add(factory.Signature))
                {
                    var documentation = Documentation.Of(constructor.Comment, variant.Select(p => p.Name.Cs).ToList());
                    bound.Add(new ConstructorBinding(factory, documentation.Count > 0 ? documentation : ConstructorBinding.DefaultDocumentation(Cpp.FullName)));
                }
                else if (variant.Count == parameters.Count)
                {
                    skips.Add(Cpp, constructor, $"it maps to the same C# constructor as another one, {factory.Signature}", DiagnosticIds.DuplicateCsName);
                }
            }
        }
        return bound;
    }

    // The private static call behind one C# constructor; named New in the metrics whatever C++ constructor it calls.
    private MethodBinding Factory(FactoryMarshaller marshaller, IReadOnlyList<Resolution.MappedParameter> parameters, HashSet<string> nativeNames,
        IReadOnlyList<string>? defaults = null, string? extensionHelper = null) =>
        // An %extend constructor's helper returns the new object, as new does.
        calls.Runtime(Cpp, "New", EntryPoints.Claim(nativeNames, Prefix + "_New"), _ => extensionHelper ?? $"new {selected.CppAlias}", null, marshaller, parameters,
            calls.Policy(Cpp, "New"), isStatic: true, defaults) with
        {
            CsName = "CreateNative",
            Access = MemberAccess.Private,
        };
}
