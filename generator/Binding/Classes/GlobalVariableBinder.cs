using ItkBindGen.Binding.Directives;
using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Binding.Resolution;
using ItkBindGen.Binding.Selection;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>
/// The global variables of the wrapped headers (a namespace's too) as static properties of the module's C# class, as
/// SWIG wraps them: a read gives the value (a copy of an object, or the object itself, borrowed, where C++ cannot copy
/// it; a pointer to an object as a proxy that may be null), a write assigns it (null too, to a pointer). A const
/// variable, a class C++ cannot assign, a C string or one <c>%immutable</c> names has no setter; an array or another
/// type with no C# mapping, a reference, a const object C++ cannot copy and a non-const variable with internal linkage
/// (but for one the interface file's own code defines in a one-translation-unit shim) are reported instead.
/// </summary>
internal sealed class GlobalVariableBinder(BindingScope scope)
{
    private readonly SkipList _skips = new(null, scope.Templates);

    public IReadOnlyList<SkippedMember> Skipped => _skips.Items;

    /// <param name="taken">The C# names the module's class already uses (its functions and constants); the properties' and their accessors' are added.</param>
    /// <param name="entryPoints">The shim's entry point names taken so far (<see cref="EntryPoints"/>); the accessors' are claimed from it.</param>
    public (List<MethodBinding> Accessors, List<PropertyBinding> Properties) Bind(ISet<string> taken, ISet<string> entryPoints)
    {
        var calls = new CallFactory(scope, scope.ModuleName);
        var accessors = new List<MethodBinding>();
        var properties = new List<PropertyBinding>();
        foreach (var (qualified, variable) in Variables())
        {
            var declaration = Declaration.InNamespace(qualified, DeclarationKind.Variable);
            if (!scope.Headers.Contains(variable.Location) || scope.Directives.IsIgnored(declaration))
            {
                continue;
            }
            var typeClass = VariableTypes.ClassOf(scope, variable.Type);
            MarshallerResolver.Unqualify(variable.Type, out var isConst);
            if (variable.HasInternalLinkage && !isConst && !InOwnCodeCompiledOnce(variable))
            {
                _skips.Add(null, variable, "it has internal linkage (static, or in an unnamed namespace): the shim would read and write a copy of its own, not the one the library uses");
                continue;
            }
            if (variable.Type.StripTypedefs() is CppReferenceType)
            {
                _skips.Add(null, variable, "it is a reference, which names another variable: wrap that one");
                continue;
            }
            if (VariableTypes.Reader(scope, variable.Type, typeClass, out var whyNot) is not { } getterType)
            {
                _skips.Add(null, variable, whyNot!);
                continue;
            }
            var name = scope.Directives.RenameOf(declaration) ?? Interface.CSharpNames.Identifier(variable.Name);
            // The class's own name is taken too: a member cannot have it (CS0542).
            // C# names a property's accessors get_name and set_name: a function of either name clashes too (CS0082).
            if (name == scope.ModuleName || new[] { Reader(name), Writer(name), "get_" + name, "set_" + name }.Any(taken.Contains) || !taken.Add(name))
            {
                _skips.Add(null, variable, $"its name '{name}' is taken in the module's class (by the class itself, a function, a constant or another variable); %rename it",
                    DiagnosticIds.DuplicateCsName);
                continue;
            }
            // Named from the global scope: an accessor's parameter cannot hide it.
            var target = "::" + qualified;
            var getter = calls.Variable(qualified, qualified, Reader(name), EntryPoints.Claim(entryPoints, $"{scope.ModuleName}_ibg_{Reader(name)}"), _ => target, getterType, []) with
            {
                Documentation = Documentation.Of(variable.Comment),
            };
            taken.Add(getter.CsName);
            accessors.Add(getter);
            MethodBinding? setter = null;
            if (VariableTypes.Writer(scope, declaration, variable, typeClass, declaration.Scope) is { } setterType
                // C# gives a property one type: a variable written as another than it reads is read-only.
                && setterType.CsType == getter.Return.CsType)
            {
                setter = calls.Variable(qualified, qualified, Writer(name), EntryPoints.Claim(entryPoints, $"{scope.ModuleName}_ibg_{Writer(name)}"), arguments => $"{target} = {arguments[0]}",
                    VoidMarshaller.Instance, [CallFactory.In("value", setterType)]);
                taken.Add(setter.CsName);
                accessors.Add(setter);
            }
            properties.Add(new PropertyBinding(name, getter.Return.CsType, getter, setter));
        }
        return (accessors, properties);
    }

    // The interface file's own code (%inline, %{ %}) in a one-translation-unit shim is compiled once, in the shim: a
    // static variable defined there has one copy, the one its functions use.
    // The declaration must be inside a block: one the .i's own lines make for a header's variable is no definition.
    private bool InOwnCodeCompiledOnce(CppField variable) =>
        scope.Request.OneTranslationUnit && variable.Location.IsKnown && scope.Request.VerbatimBlocks.Any(b => b.Location.File == variable.Location.File
            && variable.Location.Line >= b.Location.Line && variable.Location.Line <= b.Location.Line + b.Text.Count(c => c == '\n'));

    private static string Reader(string name) => $"Read_{name}";

    private static string Writer(string name) => $"Write_{name}";

    // Each variable once, by its qualified name, as a wrapped header declares it when one does (another header may
    // declare it extern first). An unnamed namespace adds no name: its members are found in the enclosing one.
    private IEnumerable<(string Qualified, CppField Variable)> Variables() =>
        Declared(scope.Compilation.GlobalNamespace)
            .GroupBy(v => v.Qualified, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(v => scope.Headers.Contains(v.Variable.Location), g.First()));

    private static IEnumerable<(string Qualified, CppField Variable)> Declared(CppNamespace ns) =>
        ns.Variables.Select(v => (string.Join("::", ns.FullName.Split("::").Append(v.Name).Where(part => part.Length > 0)), v))
            .Concat(ns.Namespaces.SelectMany(Declared));
}
