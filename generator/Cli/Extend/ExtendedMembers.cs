using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Cli.Extend;

/// <summary>
/// Makes the parsed helpers of <c>%extend</c> members into members of their class in the C++ model: each keeps its
/// helper's parameters (the object left out) and result, and names the helper the shim calls. The helpers' namespace
/// leaves the model, so they are not also wrapped as free functions.
/// </summary>
internal static class ExtendedMembers
{
    public static void Apply(CppCompilation compilation, IReadOnlyList<ExtendPlan> plans, DiagnosticBag diagnostics)
    {
        var helpers = compilation.GlobalNamespace.Namespaces.Where(n => n.Name == ExtendHelpers.Namespace).ToList();
        compilation.GlobalNamespace.Namespaces.RemoveAll(n => n.Name == ExtendHelpers.Namespace);
        var functions = helpers.SelectMany(n => n.Functions).GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            if (!functions.TryGetValue(plan.Anchor, out var anchor) || anchor.Parameters is not [{ Type: var selfType }])
            {
                continue; // libclang could not read the class's name: its error is reported at the directive.
            }
            var spelling = (selfType.StripTypedefs() is CppPointerType pointer ? pointer.Pointee : selfType).CanonicalSpelling;
            if (compilation.FindClass(spelling) is not { } target)
            {
                diagnostics.Error(DiagnosticIds.UnsupportedDirective, plan.Directive.Location,
                    $"%extend {plan.Directive.ClassName}: '{spelling}' is not a class this module wraps; %include its header, or %template the instantiation, before extending it");
                continue;
            }
            foreach (var member in plan.Members)
            {
                if (functions.TryGetValue(member.Helper, out var helper))
                {
                    Add(target, member, helper);
                }
            }
        }
    }

    private static void Add(CppClass target, ExtendMember member, CppFunction helper)
    {
        var implementation = member.Forward ?? $"::{ExtendHelpers.Namespace}::{member.Helper}";
        if (member.Kind == ExtendMemberKind.Variable)
        {
            target.Fields.Add(new CppField
            {
                Name = member.Name,
                Type = helper.ReturnType,
                IsStatic = member.IsStatic,
                Location = helper.Location,
                ExtensionGetter = implementation,
                ExtensionSetter = member.Setter,
            });
            return;
        }
        var flags = member.Kind switch
        {
            ExtendMemberKind.Constructor => CppFunctionFlags.Constructor,
            ExtendMemberKind.Destructor => CppFunctionFlags.Destructor,
            ExtendMemberKind.StaticMethod => CppFunctionFlags.Method | CppFunctionFlags.Static,
            _ when member.IsStatic => CppFunctionFlags.Method | CppFunctionFlags.Static,
            _ => CppFunctionFlags.Method | (member.IsConst ? CppFunctionFlags.Const : CppFunctionFlags.None),
        };
        if (member.IsOperator)
        {
            flags |= CppFunctionFlags.Operator;
        }
        var function = new CppFunction
        {
            Name = member.Name,
            ReturnType = helper.ReturnType,
            Flags = flags,
            DeclaringClassName = target.FullName,
            Comment = helper.Comment,
            Location = helper.Location,
            ExtensionHelper = implementation,
        };
        function.Parameters.AddRange(member.Kind is ExtendMemberKind.Method or ExtendMemberKind.Destructor ? helper.Parameters.Skip(1) : helper.Parameters);
        switch (member.Kind)
        {
            case ExtendMemberKind.Constructor:
                target.Constructors.Add(function);
                break;
            case ExtendMemberKind.Destructor:
                // As in SWIG, the extended destructor is the one the proxy calls.
                target.Destructors.Clear();
                target.Destructors.Add(function);
                break;
            default:
                target.Functions.Add(function);
                break;
        }
    }
}
