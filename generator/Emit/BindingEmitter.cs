using ItkBindGen.Binding;
using ItkBindGen.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ItkBindGen.Emit;

/// <summary>
/// Renders a <see cref="ModuleBinding"/> through the templates into complete files in memory:
/// one C# file per proxy class (with its interop declarations), the module's interop declarations, the enums,
/// the shim (a header, a module-wide source and one source per class), its CMake fragment and the support header. Nothing is written here; see <see cref="OutputWriter"/>.
/// </summary>
public sealed class BindingEmitter(TemplateSet templates, DiagnosticBag diagnostics)
{
    public const string SupportHeaderName = "ItkBindGenShim.h";

    /// <summary>The std::vector operations of the collection classes, written beside the shim when a module has one.</summary>
    public const string VectorHeaderName = "ItkBindGenVector.h";

    public IReadOnlyList<GeneratedFile> Emit(ModuleBinding module, string csharpFolder, string shimPath)
    {
        var files = new List<GeneratedFile>();
        var shimFolder = Path.GetDirectoryName(Path.GetFullPath(shimPath)) ?? ".";

        Render(files, "csharp/Native.sbncs", Path.Combine(csharpFolder, $"{module.Name}.Native.cs"), module, null);
        if (module.Enums.Count > 0)
        {
            Render(files, "csharp/Enums.sbncs", Path.Combine(csharpFolder, $"{module.Name}.Enums.cs"), module, null);
        }
        foreach (var binding in module.Classes)
        {
            Render(files, "csharp/Class.sbncs", Path.Combine(csharpFolder, $"{binding.CsName}.cs"), module, binding);
        }
        if (module.Functions.Count > 0)
        {
            Render(files, "csharp/Functions.sbncs", Path.Combine(csharpFolder, $"{module.Name}.cs"), module, null);
        }
        Render(files, "cpp/ShimHeader.sbncpp", Path.Combine(shimFolder, module.ShimHeaderName), module, null);
        Render(files, "cpp/Shim.sbncpp", Path.GetFullPath(shimPath), module, null);
        foreach (var unit in module.ShimUnits)
        {
            Render(files, "cpp/ShimUnit.sbncpp", Path.Combine(shimFolder, unit.FileName), module, null, unit);
        }
        foreach (var unit in module.InstanceUnits)
        {
            Render(files, "cpp/ShimInstances.sbncpp", Path.Combine(shimFolder, unit.FileName), module, null, unit);
        }
        Render(files, "cpp/Module.sbncmake", Path.Combine(shimFolder, $"{module.Name}.cmake"), module, null);
        files.Add(new GeneratedFile(Path.Combine(shimFolder, SupportHeaderName), TemplateSet.ReadEmbedded("native/" + SupportHeaderName)));
        if (module.UsesVectors)
        {
            files.Add(new GeneratedFile(Path.Combine(shimFolder, VectorHeaderName), TemplateSet.ReadEmbedded("native/" + VectorHeaderName)));
        }
        if (module.Startup is { } startup)
        {
            files.Add(new GeneratedFile(Path.Combine(shimFolder, startup.Header), TemplateSet.ReadEmbedded("native/" + startup.Header)));
        }
        return files;
    }

    private void Render(List<GeneratedFile> files, string templatePath, string outputPath, ModuleBinding module, ClassBinding? binding, object? unit = null)
    {
        var template = templates.Get(templatePath, diagnostics);
        if (template is null)
        {
            return;
        }
        var globals = new ScriptObject
        {
            ["Module"] = module,
            ["Class"] = binding,
            ["Unit"] = unit,
        };
        var context = new TemplateContext
        {
            MemberRenamer = member => member.Name,
            StrictVariables = true,
            // No silent limits: Scriban cuts output and strings at LimitToString (1 MiB by default) and appends
            // "..." without an error. The limits left (recursion depth) throw, and a throw is reported below.
            LoopLimit = 0,
            LimitToString = 0,
            RecursiveLimit = 64,
            TemplateLoader = templates,
            EnableRelaxedMemberAccess = false,
        };
        context.PushGlobal(globals);
        try
        {
            var text = template.Render(context);
            files.Add(new GeneratedFile(outputPath, Normalize(text)));
        }
        catch (ScriptRuntimeException exception)
        {
            diagnostics.Error(DiagnosticIds.TemplateRuntime,
                TemplateSet.ToLocation(exception.Span.FileName ?? templatePath, exception.Span),
                $"{exception.OriginalMessage} (while rendering {Path.GetFileName(outputPath)})");
        }
        catch (InvalidOperationException exception)
        {
            // Scriban's ObjectRecursionLimit and similar guards throw this without a template position.
            diagnostics.Error(DiagnosticIds.TemplateRuntime, new SourceLocation("templates/" + templatePath, 1, 1),
                $"{exception.Message} (while rendering {Path.GetFileName(outputPath)})");
        }
    }

    // Templates are written for readability; the output gets LF endings, no trailing spaces and one final newline.
    private static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var result = string.Join('\n', lines.Select(line => line.TrimEnd()));
        return result.TrimEnd('\n') + "\n";
    }
}
