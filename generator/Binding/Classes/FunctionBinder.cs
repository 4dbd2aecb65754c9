using ItkBindGen.Binding.Directives;
using ItkBindGen.Binding.Selection;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>The free functions of the wrapped headers, as static members of the module's C# class.</summary>
internal sealed class FunctionBinder(BindingScope scope)
{
    private readonly SkipList _skips = new(null, scope.Templates);

    public IReadOnlyList<SkippedMember> Skipped => _skips.Items;

    /// <param name="entryPoints">The shim's entry point names taken so far (<see cref="EntryPoints"/>); the functions' are claimed from it.</param>
    public List<MethodBinding> Bind(ISet<string> entryPoints)
    {
        var calls = new CallFactory(scope, scope.ModuleName);
        var signatures = new SignatureMapper(scope.Marshallers, _skips);
        var functions = new List<MethodBinding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (ns, function) in FreeFunctions(scope.Compilation.GlobalNamespace))
        {
            var qualified = ns.Length == 0 ? function.Name : $"{ns}::{function.Name}";
            var declaration = Declaration.InNamespace(qualified, DeclarationKind.Function, function);
            if (!scope.Headers.Contains(function.Location) || scope.Directives.IsIgnored(declaration))
            {
                continue;
            }
            if (function.IsOperator && scope.Directives.RenameOf(declaration) is null)
            {
                // Printing to a stream is what a C# caller does with the objects' own printing members.
                _skips.Add(null, function, $"a free '{function.Name}' has no C# counterpart the generator maps; %rename it to give it a function name",
                    function.Name is "operator<<" or "operator>>" ? DiagnosticIds.NotWrappedByDesign : null);
                continue;
            }
            if (function.IsDeprecated)
            {
                _skips.Add(null, function, "it is deprecated in C++");
                continue;
            }
            if (!signatures.TryMap(null, function, string.Empty, out var returnType, out var parameters))
            {
                continue;
            }
            returnType = NewObjects.Apply(scope, qualified, function, returnType);
            var name = scope.Directives.RenameOf(declaration) ?? Interface.CSharpNames.Identifier(function.Name);
            foreach (var variant in SignatureMapper.DefaultArgumentVariants(parameters))
            {
                var binding = calls.Function(function, qualified, name, $"{scope.ModuleName}_{name}", returnType, variant);
                // Only a variant kept claims its entry point: one dropped would push the later names to numbered ones.
                if (seen.Add(binding.Signature))
                {
                    functions.Add(binding with { NativeName = EntryPoints.Claim(entryPoints, binding.NativeName) });
                }
            }
        }
        return functions;
    }

    private static IEnumerable<(string Namespace, CppFunction Function)> FreeFunctions(CppNamespace ns) =>
        ns.Functions.Select(f => (ns.FullName, f)).Concat(ns.Namespaces.SelectMany(FreeFunctions));
}
