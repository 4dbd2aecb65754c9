using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Selection;

/// <summary>
/// The modules a module imports, bound as their own runs would bind them (their diagnostics are their own runs'), and
/// their classes and enums under the qualified C# names this module's code uses. Modules they import come along.
/// </summary>
internal static class ImportSelection
{
    public sealed record Result(IReadOnlyDictionary<string, ClassBinding> Classes, IReadOnlyDictionary<string, EnumBinding> Enums, IReadOnlyList<string> Modules);

    public static Result Select(BindingRequest request, CppCompilation compilation)
    {
        var classes = new Dictionary<string, ClassBinding>(StringComparer.Ordinal);
        var enums = new Dictionary<string, EnumBinding>(StringComparer.Ordinal);
        var modules = new List<string>();
        foreach (var import in request.Imports)
        {
            Import(import, compilation, classes, enums, modules);
        }
        return new Result(classes, enums, modules);
    }

    private static void Import(BindingRequest import, CppCompilation compilation, Dictionary<string, ClassBinding> classes,
        Dictionary<string, EnumBinding> enums, List<string> modules)
    {
        foreach (var further in import.Imports)
        {
            Import(further, compilation, classes, enums, modules);
        }
        if (modules.Contains(import.ModuleName))
        {
            return;
        }
        modules.Add(import.ModuleName);
        var module = new ModuleBuilder(import, compilation, new DiagnosticBag()).Build();
        var prefix = $"global::{module.Namespace}.";
        foreach (var binding in module.Classes)
        {
            var reference = prefix + binding.CsName;
            classes[binding.CppName] = binding with { CsReference = reference };
            foreach (var e in binding.Enums)
            {
                enums[e.CppName] = e with { CsName = $"{reference}.{e.CsName}" };
            }
        }
        foreach (var e in module.Enums)
        {
            enums[e.CppName] = e with { CsName = prefix + e.CsName };
        }
    }
}
