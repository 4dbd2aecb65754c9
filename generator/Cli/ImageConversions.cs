using ItkBindGen.Interface;

namespace ItkBindGen.Cli;

/// <summary>
/// ITK's point↔index conversions are member templates of <c>itk::ImageBase</c>, so no class instantiation brings them:
/// every <c>%template</c> of an <c>itk::Image</c> also asks for them at the image's coordinate type (double), the way
/// medical code goes between millimetres and voxels, unless the interface file already names that member for that image.
/// </summary>
internal static class ImageConversions
{
    // Member → its template arguments: ITK 5.2 declares the continuous-index ones over the coordinate and index types.
    private static readonly (string Member, string Arguments)[] Members =
    [
        ("TransformPhysicalPointToIndex", "double"),
        ("TransformIndexToPhysicalPoint", "double"),
        ("TransformPhysicalPointToContinuousIndex", "double, double"),
        ("TransformContinuousIndexToPhysicalPoint", "double, double"),
    ];

    /// <summary>The implicit <c>%template</c>s, named like the members, located at the image's own directive.</summary>
    public static List<TemplateDirective> For(IEnumerable<TemplateDirective> templates)
    {
        var all = templates.ToList();
        var written = all.Select(t => Compact(t.CppType)).ToHashSet(StringComparer.Ordinal);
        var result = new List<TemplateDirective>();
        foreach (var image in all.Where(t => IsImage(t.CppType)))
        {
            foreach (var (member, arguments) in Members)
            {
                var spelling = $"{image.CppType}::{member}<{arguments}>";
                var named = written.Any(w => w.StartsWith(Compact($"{image.CppType}::{member}<"), StringComparison.Ordinal));
                if (!named)
                {
                    result.Add(new TemplateDirective(member, spelling, image.Location));
                }
            }
        }
        return result;
    }

    private static bool IsImage(string spelling)
    {
        var compact = Compact(spelling);
        return compact.StartsWith("itk::Image<", StringComparison.Ordinal) && compact.EndsWith('>') && !compact.Contains(">::", StringComparison.Ordinal);
    }

    private static string Compact(string spelling) => string.Concat(spelling.Where(c => !char.IsWhiteSpace(c))).TrimStart(':');
}
