using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Directives;

/// <summary>
/// Every directive of one module that names declarations (%ignore, %rename, %thread, %nothread, %feature, %apply),
/// matched by <see cref="DirectiveTarget"/> after <see cref="DirectiveNames.Normalize"/>; %rename and %ignore by
/// <see cref="RenameResolver"/>, with SWIG's precedence. Each match is
/// recorded, so a directive that matched nothing is reported once, at its own line (<see cref="ReportUnused"/>).
/// </summary>
/// <remarks>
/// Lock policy, most specific first: a %thread/%nothread on the member itself, then on the class that declares it,
/// then the global <c>-threads</c> flag. Where a class directive or the flag says release, a trivial accessor
/// (<see cref="TrivialAccessors"/>) keeps the lock as its caller has it; only a directive on the member releases it.
/// Members are named by the class that declares them, template arguments dropped, so one directive covers every
/// instantiation and every derived proxy. When two directives name one target, the later wins, as in SWIG.
/// </remarks>
public sealed class DirectiveIndex
{
    private sealed record Entry<T>(DirectiveTarget Target, T Directive) where T : notnull;

    private readonly bool _threads;
    private readonly RenameResolver _names;
    private readonly List<Entry<ThreadDirective>> _threadDirectives;
    private readonly List<Entry<FeatureDirective>> _features;
    private readonly List<Entry<NewObjectDirective>> _newObjects;
    private readonly List<Entry<ImmutableDirective>> _immutables;
    private readonly List<ImmutableDirective> _immutableSwitches;
    private readonly List<Entry<ClassFeatureDirective>> _classFeatures;
    private readonly List<ClassFeatureDirective> _classFeatureSwitches;
    private readonly ReadingOrder _order;
    private readonly IReadOnlyList<ApplyDirective> _applies;
    private readonly UsedDirectives _used = new();

    public DirectiveIndex(BindingRequest request)
    {
        _threads = request.Threads;
        _names = new RenameResolver(request.NameRules);
        _threadDirectives = request.ThreadDirectives.Select(d => new Entry<ThreadDirective>(DirectiveTarget.Parse(d.Target), d)).ToList();
        _features = request.Features.Select(d => new Entry<FeatureDirective>(DirectiveTarget.Parse(d.Target), d)).ToList();
        _applies = request.Applies;
        _newObjects = request.NewObjects.Select(d => new Entry<NewObjectDirective>(DirectiveTarget.Parse(d.Target.ToString()), d)).ToList();
        _immutables = request.Immutables.Where(d => d.Target is not null).Select(d => new Entry<ImmutableDirective>(DirectiveTarget.Parse(d.Target!.ToString()), d)).ToList();
        _immutableSwitches = request.Immutables.Where(d => d.Target is null).ToList();
        _classFeatures = request.ClassFeatures.Where(d => d.Target is not null).Select(d => new Entry<ClassFeatureDirective>(DirectiveTarget.Parse(d.Target!.ToString()), d)).ToList();
        _classFeatureSwitches = request.ClassFeatures.Where(d => d.Target is null).ToList();
        _order = request.ReadingOrder;
    }

    /// <summary>Whether an %ignore (or a %rename to <c>$ignore</c>) wins for the declaration.</summary>
    public bool IsIgnored(Declaration declaration) => _names.Decide(declaration) is { IsIgnored: true };

    /// <summary>The C# name the winning %rename gives the declaration, or null.</summary>
    public string? RenameOf(Declaration declaration) => _names.Decide(declaration)?.NewName;

    /// <summary>Whether %newobject says the function returns a new object its caller owns.</summary>
    public bool IsNewObject(string qualifiedName, CppFunction? function = null) => Last(_newObjects, qualifiedName, function) is { Enabled: true };

    /// <summary>
    /// Whether a variable is wrapped read-only: <c>%immutable</c> names it (and no later <c>%mutable</c> clears that), or
    /// the last <c>%immutable;</c>/<c>%mutable;</c> without a target read before its declaration (<paramref name="declared"/>)
    /// turned it on. As in SWIG, <c>%mutable name;</c> clears only what was said of that name.
    /// </summary>
    public bool IsImmutable(string qualifiedName, SourceLocation declared) =>
        Last(_immutables, qualifiedName, null) is { Immutable: true }
        || _order.LastBefore(_immutableSwitches, d => d.Location, declared) is { Immutable: true };

    /// <summary>
    /// SWIG's switches for a class's implicit members: for each, the last directive naming the class decides, else the
    /// last one without a target read before the class (<paramref name="declared"/>); <c>%nodefault</c> counts for both
    /// the default constructor and the destructor.
    /// </summary>
    public ClassSwitches ClassSwitchesOf(string className, SourceLocation declared)
    {
        var named = All(_classFeatures, className);
        bool Decide(ClassFeature feature)
        {
            bool Applies(ClassFeatureDirective d) => d.Feature == feature
                || (d.Feature == ClassFeature.NoDefault && feature is ClassFeature.NoDefaultConstructor or ClassFeature.NoDefaultDestructor);
            return (named.LastOrDefault(Applies) ?? _order.LastBefore(_classFeatureSwitches.Where(Applies), d => d.Location, declared)) is { Enabled: true };
        }
        return new ClassSwitches(Decide(ClassFeature.NoDefaultConstructor), Decide(ClassFeature.NoDefaultDestructor), Decide(ClassFeature.CopyConstructor));
    }

    /// <summary>Whether <c>%feature("<paramref name="feature"/>")</c> names the declaration.</summary>
    public bool HasFeature(string feature, string qualifiedName) =>
        Last(_features.Where(e => e.Directive.Name == feature).ToList(), qualifiedName, null) is not null;

    /// <summary>What a call of <paramref name="member"/>, declared by <paramref name="declaringClass"/>, does with the lock.</summary>
    public LockPolicy MemberPolicy(string declaringClass, string member, bool trivialAccessor, CppFunction? function = null)
    {
        var className = DirectiveNames.Normalize(declaringClass);
        if (Last(_threadDirectives, className + "::" + member, function) is { } own)
        {
            return own.Policy == ThreadPolicy.Thread ? LockPolicy.Releases : LockPolicy.Holds;
        }
        var releases = Last(_threadDirectives, className, null) is { } onClass ? onClass.Policy == ThreadPolicy.Thread : _threads;
        return !releases ? LockPolicy.Holds : trivialAccessor ? LockPolicy.Keeps : LockPolicy.Releases;
    }

    /// <summary>What a call of the free function <paramref name="qualifiedName"/> does with the lock: it has no class level.</summary>
    public LockPolicy FunctionPolicy(string qualifiedName, CppFunction? function = null)
    {
        var releases = Last(_threadDirectives, DirectiveNames.Normalize(qualifiedName), function) is { } own ? own.Policy == ThreadPolicy.Thread : _threads;
        return releases ? LockPolicy.Releases : LockPolicy.Holds;
    }

    /// <summary>
    /// What a read or write of the global variable <paramref name="qualifiedName"/> does with the lock: as a member
    /// variable's accessor, it keeps it unless a <c>%thread</c>/<c>%nothread</c> names the variable.
    /// </summary>
    public LockPolicy VariablePolicy(string qualifiedName)
    {
        if (Last(_threadDirectives, DirectiveNames.Normalize(qualifiedName), null) is { } own)
        {
            return own.Policy == ThreadPolicy.Thread ? LockPolicy.Releases : LockPolicy.Holds;
        }
        return _threads ? LockPolicy.Keeps : LockPolicy.Holds;
    }

    /// <summary>
    /// The last %apply pattern that matches a parameter, by type spelling (as declared or canonical, white space
    /// ignored) and, when the pattern names one, by parameter name.
    /// </summary>
    public ApplyDirective? ApplyRule(CppType type, string parameterName)
    {
        var declared = DirectiveNames.Squeeze(type.Spelling);
        var canonical = DirectiveNames.Squeeze(type.CanonicalSpelling);
        var match = _applies.LastOrDefault(d => d.Targets.Any(t =>
            DirectiveNames.Squeeze(t.Type) is var spelled && (spelled == declared || spelled == canonical) && (t.Name is null || t.Name == parameterName)));
        if (match is not null)
        {
            _used.Add([match]);
        }
        return match;
    }

    /// <summary>One warning (IBG3005) for each directive that matched nothing, most often a typo in its name.</summary>
    public void ReportUnused(DiagnosticBag diagnostics)
    {
        void Report(object directive, SourceLocation location, string what, string hint)
        {
            if (!_used.Contains(directive))
            {
                diagnostics.Warning(DiagnosticIds.DirectiveMatchesNothing, location, $"{what} matches no wrapped declaration; {hint}");
            }
        }
        const string checkName = "check the qualified name";
        _names.ReportUnused(diagnostics);
        foreach (var e in _threadDirectives)
        {
            Report(e.Directive, e.Directive.Location, e.Directive.ToString().TrimEnd(';'), $"{checkName} (a class, a member, a free function or a global variable)");
        }
        foreach (var e in _newObjects)
        {
            Report(e.Directive, e.Directive.Location, $"%newobject {e.Directive.Target}", checkName);
        }
        foreach (var e in _immutables)
        {
            Report(e.Directive, e.Directive.Location, e.Directive.ToString().TrimEnd(';'), $"{checkName} of a variable (a member, static or not, or a global one)");
        }
        foreach (var e in _classFeatures)
        {
            Report(e.Directive, e.Directive.Location, e.Directive.ToString().TrimEnd(';'), $"{checkName} of a wrapped class");
        }
        foreach (var d in _applies)
        {
            Report(d, d.Location, d.ToString(), "check the type spelling (as the header declares it) and the parameter name");
        }
        foreach (var e in _features.Where(e => !_used.Contains(e.Directive)))
        {
            if (e.Directive.Name is "director" or "nodirector")
            {
                Report(e.Directive, e.Directive.Location, e.Directive.ToString().TrimEnd(';'),
                    "check the C++ name (e.g. itk::ImageToImageFilter or itk::Class::Member)");
            }
            else
            {
                diagnostics.Warning(DiagnosticIds.FeatureNotSupported, e.Directive.Location,
                    $"{e.Directive} is not applied: only %feature(\"director\") and %feature(\"nodirector\") are implemented; remove it");
            }
        }
    }

    /// <summary>The last entry naming the declaration; every entry naming it is recorded as used.</summary>
    private T? Last<T>(IReadOnlyList<Entry<T>> entries, string qualifiedName, CppFunction? function) where T : class =>
        All(entries, qualifiedName, function).LastOrDefault();

    /// <summary>Every entry naming the declaration, in the order read; each is recorded as used.</summary>
    private List<T> All<T>(IReadOnlyList<Entry<T>> entries, string qualifiedName, CppFunction? function = null) where T : class
    {
        var name = DirectiveNames.Normalize(qualifiedName);
        var matched = entries.Where(e => e.Target.Matches(name, function)).Select(e => e.Directive).ToList();
        _used.Add(matched);
        return matched;
    }
}
