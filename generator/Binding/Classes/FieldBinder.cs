using ItkBindGen.Binding.Directives;
using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Binding.Resolution;
using ItkBindGen.Binding.Selection;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>
/// Public data members as C# properties over private accessors: a read gives the value (a copy of an object, as C++
/// copies it, or borrowed where C++ cannot copy it), a write assigns it; a const member, one whose class cannot be
/// assigned, or one <c>%immutable</c> names, has no setter; a static member is a static property.
/// </summary>
internal sealed class FieldBinder(BindingScope scope, SelectedClass selected, ClassBinding? baseClass, CallFactory calls, SkipList skips)
{
    private CppClass Cpp => selected.Cpp;

    private string Prefix => $"{scope.ModuleName}_{selected.CsName}";

    /// <param name="taken">C# member names the class already uses; the properties' names are added.</param>
    public (List<MethodBinding> Accessors, List<PropertyBinding> Properties) Bind(ISet<string> taken)
    {
        var accessors = new List<MethodBinding>();
        var properties = new List<PropertyBinding>();
        var receiver = Receiver.Of(scope, selected);
        IReadOnlySet<string> providedByBase = baseClass is null ? ClassAncestry.NoClasses : ClassAncestry.Of(scope.Find(baseClass.CppName)).AncestorsAndSelf;
        var ambiguous = ClassAncestry.Of(Cpp).Ambiguous;
        foreach (var (field, declaring) in Fields(Cpp, providedByBase))
        {
            if (ambiguous.Contains(declaring.FullName))
            {
                Skip(declaring, field, ClassAncestry.AmbiguousMemberReason);
                continue;
            }
            var declaration = Declaration.Member(declaring, field.Name, DeclarationKind.Variable, isStatic: field.IsStatic);
            if (scope.Directives.IsIgnored(declaration))
            {
                continue;
            }
            var name = scope.Directives.RenameOf(declaration) ?? Interface.CSharpNames.Identifier(field.Name);
            var fieldClass = VariableTypes.ClassOf(scope, field.Type);
            if (VariableTypes.Reader(scope, field.Type, fieldClass, out var whyNot) is not { } getterType)
            {
                Skip(declaring, field, whyNot!);
                continue;
            }
            var hidesBase = InheritedProperties(baseClass).Contains(name);
            if (!hidesBase && !taken.Add(name))
            {
                Skip(declaring, field, $"its name '{name}' is taken by another member of '{selected.CsName}'; %rename it", DiagnosticIds.DuplicateCsName);
                continue;
            }
            // Named through the class that declares it: two bases may declare a field of one name (ITK's ImageDimension).
            // An %extend variable is read and written by functions of the interface file, given the object unless static.
            var self = field.IsStatic ? (Func<string, string>)(_ => string.Empty) : s => receiver(s) + ", ";
            Func<string, string> target = field.ExtensionGetter is { } get ? s => $"{get}({self(s).TrimEnd(',', ' ')})"
                : field.IsStatic ? _ => $"{declaring.FullName}::{field.Name}"
                : declaring == Cpp ? self => $"{receiver(self)}->{field.Name}"
                : self => $"static_cast<{declaring.FullName} *>({receiver(self)})->{field.Name}";
            var getter = calls.Expression(declaring, field.Name, $"Read_{name}", $"{Prefix}_ibg_Read_{name}", (self, _) => target(self), getterType, [],
                field.IsStatic, Receiver.CppSelfType(selected)) with
            {
                Access = MemberAccess.Private,
                Documentation = Documentation.Of(field.Comment),
            };
            accessors.Add(getter);
            MethodBinding? setter = null;
            if ((field.ExtensionGetter is null || field.ExtensionSetter is not null) && VariableTypes.Writer(scope, declaration, field, fieldClass, selected.CppAlias) is { } setterType)
            {
                setter = calls.Expression(declaring, field.Name, $"Write_{name}", $"{Prefix}_ibg_Write_{name}", (s, arguments) => field.ExtensionSetter is { } set ? $"{set}({self(s)}{arguments[0]})" : $"{target(s)} = {arguments[0]}",
                    VoidMarshaller.Instance, [CallFactory.In("value", setterType)], field.IsStatic, Receiver.CppSelfType(selected)) with
                {
                    Access = MemberAccess.Private,
                };
                accessors.Add(setter);
            }
            properties.Add(new PropertyBinding(name, getter.Return.CsType, getter, setter) { HidesBaseMember = hidesBase });
        }
        return (accessors, properties);
    }

    // The properties a wrapped base proxy already has: a derived class's field of the same name hides it, as in C++.
    private static HashSet<string> InheritedProperties(ClassBinding? baseClass)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var current = baseClass; current is not null; current = current.BaseClass)
        {
            names.UnionWith(current.Properties.Select(p => p.Name));
        }
        return names;
    }

    // Fields of the class and of its bases up to the nearest wrapped one, whose proxy has theirs; a field a derived
    // class declares hides a base's of the same name.
    private static IEnumerable<(CppField Field, CppClass Declaring)> Fields(CppClass cpp, IReadOnlySet<string> providedByBase)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Declared(cpp, providedByBase).Where(f => seen.Add(f.Field.Name));
    }

    private static IEnumerable<(CppField Field, CppClass Declaring)> Declared(CppClass cpp, IReadOnlySet<string> providedByBase)
    {
        if (providedByBase.Contains(cpp.FullName))
        {
            yield break;
        }
        // An unnamed bit-field is padding: nothing can name it.
        foreach (var field in cpp.Fields.Where(f => f.Name.Length > 0))
        {
            yield return (field, cpp);
        }
        foreach (var baseType in cpp.BaseTypes.Where(b => b.Access == CppAccess.Public && b.Class is not null))
        {
            foreach (var inherited in Declared(baseType.Class!, providedByBase))
            {
                yield return inherited;
            }
        }
    }

    private void Skip(CppClass declaring, CppField field, string reason, DiagnosticId? id = null) =>
        skips.Add(declaring, field, reason, id);
}
