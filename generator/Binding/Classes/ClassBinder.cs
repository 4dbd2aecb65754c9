using ItkBindGen.Binding.Selection;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Binding.Classes;

/// <summary>
/// Binds one selected class from the read-only scope and its wrapped base's binding: its methods and factory,
/// properties, the members the runtime needs, its director and asynchronous updates. What it skips is listed in the
/// binding (<see cref="ClassBinding.Skipped"/>), for the module to report once per declaration.
/// </summary>
internal sealed class ClassBinder(BindingScope scope, SelectedClass selected, ClassBinding? baseClass, DiagnosticBag diagnostics)
{
    public ClassBinding Bind()
    {
        if (VectorBinder.Is(selected.Cpp))
        {
            return new VectorBinder(scope, selected, diagnostics).Bind();
        }
        var cpp = selected.Cpp;
        var csName = selected.CsName;
        var isValue = selected.Kind == ProxyKind.Value;
        var calls = new CallFactory(scope, csName);
        var skips = new SkipList(cpp, scope.Templates);
        var signatures = new SignatureMapper(scope.Marshallers, skips);
        var runtime = new RuntimeMembers(scope, cpp, csName, selected.CppAlias, calls);

        var switches = scope.Directives.ClassSwitchesOf(ClassFacts.DirectiveName(cpp), cpp.Location);
        var constructors = new ConstructorBinder(scope, selected, calls, signatures, skips).Bind(switches);
        var (methods, factory, operators, indexer) = new MethodBinder(scope, selected, baseClass, calls, signatures, skips).Bind();
        if (factory is not null)
        {
            constructors.Add(new ConstructorBinding(factory, ConstructorBinding.DefaultDocumentation(cpp.FullName)));
        }
        var properties = PropertyBinder.Bind(cpp, csName, methods, baseClass);
        var (accessors, fieldProperties) = new FieldBinder(scope, selected, baseClass, calls, skips).Bind(PropertyBinder.TakenNames(cpp, csName, methods, properties, baseClass));
        methods.AddRange(accessors);
        properties.AddRange(fieldProperties);
        var image = RuntimeMembers.ImageOf(cpp);
        if (image is not null)
        {
            methods.AddRange(runtime.Image(image));
        }
        var declaresEvents = ClassFacts.DerivesFrom(cpp, ClassFacts.ItkObject)
            && (baseClass is null || !ClassFacts.DerivesFrom(scope.Find(baseClass.CppName), ClassFacts.ItkObject));
        if (declaresEvents)
        {
            methods.AddRange(runtime.Events());
        }
        if (indexer is not null)
        {
            methods.AddRange(new[] { indexer.Getter, indexer.Setter }.OfType<MethodBinding>());
        }
        var director = new DirectorBinder(scope, selected, calls, signatures, diagnostics).Bind(methods);
        var asyncUpdate = runtime.AsyncUpdate(baseClass, methods);
        return new ClassBinding
        {
            CppName = cpp.FullName,
            CsName = csName,
            CppAlias = selected.CppAlias,
            CppSpelling = cpp.CppSpelling,
            BaseClass = baseClass,
            Kind = selected.Kind,
            // %nodefaultdtor on a class without a declared destructor: SWIG's proxy then has nothing to delete it with.
            Release = isValue ? runtime.Release(deletes: !(switches.NoDefaultDestructor && cpp.Destructors.Count == 0)) : null,
            DeclaresEvents = declaresEvents,
            Image = image,
            AsyncUpdate = asyncUpdate,
            Director = director,
            // A director's constructor makes the director object instead.
            Constructors = director is not null ? [] : constructors,
            Methods = methods,
            Properties = properties,
            Operators = operators,
            Indexer = indexer,
            Enums = cpp.Enums.Where(e => scope.Enums.ContainsKey(e.FullName)).Select(e => scope.Enums[e.FullName] with { CsName = EnumSelection.CsName(e) }).ToList(),
            Documentation = Documentation.Of(cpp.Comment),
            Skipped = skips.Items,
        };
    }
}
