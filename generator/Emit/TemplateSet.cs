using System.Collections.Concurrent;
using System.Reflection;
using ItkBindGen.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ItkBindGen.Emit;

/// <summary>
/// The Scriban templates: embedded in the tool, each one overridable by a file of the same relative
/// path in a user's templates folder. Parsed once; parse errors are reported with the template's line and column.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    private const string ResourcePrefix = "templates/";
    private static readonly Assembly Assembly = typeof(TemplateSet).Assembly;

    private readonly string? _overrideFolder;
    private readonly ConcurrentDictionary<string, Template?> _parsed = new(StringComparer.Ordinal);

    public TemplateSet(string? overrideFolder = null)
    {
        _overrideFolder = overrideFolder is null ? null : Path.GetFullPath(overrideFolder);
    }

    /// <summary>Parses a template by its relative path (<c>csharp/Class.sbncs</c>), or reports why it cannot.</summary>
    public Template? Get(string relativePath, DiagnosticBag diagnostics) =>
        _parsed.GetOrAdd(relativePath, path => Parse(path, diagnostics));

    /// <summary>The text of a file shipped with the tool, such as the shim support header.</summary>
    public static string ReadEmbedded(string logicalName)
    {
        using var stream = Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"The tool was built without its resource '{logicalName}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private Template? Parse(string relativePath, DiagnosticBag diagnostics)
    {
        var (text, displayPath) = Load(relativePath);
        if (text is null)
        {
            diagnostics.Error(DiagnosticIds.TemplateNotFound, SourceLocation.None,
                $"template '{relativePath}' was not found in {_overrideFolder ?? "the tool"}; restore it or remove the override");
            return null;
        }
        var template = Template.Parse(text, displayPath);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages)
            {
                diagnostics.Error(DiagnosticIds.TemplateSyntax, ToLocation(displayPath, message.Span), message.Message);
            }
            return null;
        }
        return template;
    }

    private (string? Text, string DisplayPath) Load(string relativePath)
    {
        if (_overrideFolder is not null)
        {
            var candidate = Path.Combine(_overrideFolder, relativePath);
            if (File.Exists(candidate))
            {
                return (File.ReadAllText(candidate), candidate);
            }
        }
        using var stream = Assembly.GetManifestResourceStream(ResourcePrefix + relativePath);
        if (stream is null)
        {
            return (null, relativePath);
        }
        using var reader = new StreamReader(stream);
        return (reader.ReadToEnd(), "templates/" + relativePath);
    }

    internal static SourceLocation ToLocation(string path, SourceSpan span) =>
        new(path, span.Start.Line + 1, span.Start.Column + 1);

    // Partials are included by name relative to the including template's folder.
    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var caller = callerSpan.FileName ?? string.Empty;
        var folder = caller.Contains("csharp/", StringComparison.Ordinal) || caller.Contains("csharp" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? "csharp/"
            : "cpp/";
        return folder + templateName;
    }

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        Load(templatePath).Text ?? throw new ScriptRuntimeException(callerSpan, $"template '{templatePath}' was not found");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(((ITemplateLoader)this).Load(context, callerSpan, templatePath));
}
