using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Selection;

/// <summary>How one warning names a member of every instantiation of a template: <c>itk::ImageSource&lt;TOutputImage&gt;</c>.</summary>
public sealed class TemplateSpellings(CppCompilation compilation)
{
    private readonly Lazy<Dictionary<string, string>> _parameters = new(() => compilation.AllClasses().Where(c => c.IsTemplate)
        .GroupBy(c => c.FullName, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => string.Join(", ", g.First().TemplateParameters.Select(p => p.Name)), StringComparer.Ordinal));

    public string Of(CppClass cpp) =>
        cpp.TemplateName is not { } name ? cpp.FullName : $"{name}<{(_parameters.Value.TryGetValue(name, out var parameters) ? parameters : "...")}>";
}
