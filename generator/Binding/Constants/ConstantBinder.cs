using ItkBindGen.Binding.Directives;
using ItkBindGen.Binding.Classes;
using ItkBindGen.Binding.Selection;
using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Binding.Constants;

/// <summary>
/// The <c>%constant</c>s of a module: each whose type is an arithmetic type, <c>bool</c> or a string becomes a static
/// readonly field of the module's class; any other is not wrapped, with a warning at its line that says why.
/// </summary>
internal sealed class ConstantBinder(BindingScope scope)
{
    private readonly SkipList _skips = new(null, scope.Templates);

    public IReadOnlyList<SkippedMember> Skipped => _skips.Items;

    /// <param name="taken">The C# names the module's class already uses (its functions); the constants' are added.</param>
    /// <param name="entryPoints">The shim's entry point names taken so far (<see cref="EntryPoints"/>); the getters' are claimed from it.</param>
    public (List<ConstantBinding> Constants, List<MethodBinding> Getters) Bind(ISet<string> taken, ISet<string> entryPoints)
    {
        var calls = new CallFactory(scope, scope.ModuleName);
        var constants = new List<ConstantBinding>();
        foreach (var directive in scope.Request.Constants)
        {
            var declaration = Declaration.InNamespace(directive.Name, DeclarationKind.Constant);
            if (scope.Directives.IsIgnored(declaration))
            {
                continue;
            }
            var type = directive.CppType is { } written ? ConstantType.Written(written) : ConstantType.OfLiteral(directive.Value);
            if (type is null)
            {
                Skip(directive, directive.CppType is { } spelled
                    ? $"its type '{spelled}' is not an arithmetic type, bool or a string, which a C# constant can hold; wrap a function that returns it (%inline) instead"
                    : "it has no type and its value is no single literal; write its type: %constant int NAME = value;");
                continue;
            }
            if (scope.Marshallers.Return(type.Type).Marshaller is not { } marshaller)
            {
                Skip(directive, $"its type '{type.Type.CanonicalSpelling}' has no C# mapping");
                continue;
            }
            var name = scope.Directives.RenameOf(declaration) ?? CSharpNames.Identifier(directive.Name);
            // The class's own name is taken too: a member cannot have it (CS0542).
            if (name == scope.ModuleName || taken.Contains($"Read_{name}") || !taken.Add(name))
            {
                Skip(directive, $"its name '{name}' is taken in the module's class (by the class itself, a function or another constant); %rename it", DiagnosticIds.DuplicateCsName);
                continue;
            }
            var getter = calls.Constant(directive.Name, $"Read_{name}", EntryPoints.Claim(entryPoints, $"{scope.ModuleName}_ibg_Constant_{name}"), $"{type.CppCast}({directive.Value})", marshaller);
            taken.Add(getter.CsName);
            constants.Add(new ConstantBinding(name, getter, directive.ToString()));
        }
        return (constants, constants.Select(c => c.Getter).ToList());
    }

    private void Skip(ConstantDirective directive, string reason, DiagnosticId? id = null) =>
        _skips.Add(null, $"%constant {directive.Name}", directive.Location, reason, id);
}
