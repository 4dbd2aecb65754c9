using System.Reflection;
using ItkBindGen.Runtime;

namespace CatalogueTests;

/// <summary>What one filter gave: an outcome ("ok", or what went wrong), a detail, and the reference files compared.</summary>
internal sealed record FilterResult(string Outcome, string Detail, bool PixelsEqual = false, bool ValuesEqual = false)
{
    public List<string> Compared { get; init; } = [];
}

/// <summary>
/// Runs one filter (or image calculator) of the catalogue: its inputs and parameters as the C++ reference program
/// sets them, Update, then its image output's size against the input's (or what output-sizes.txt says), and its
/// results against what the C++ program wrote. A filter with neither an image output nor C++ values to compare fails.
/// </summary>
internal static class FilterRun
{
    public static FilterResult Run(Type type, string referenceFolder, IReadOnlyDictionary<string, string> outputSizes)
    {
        var reference = new ReferenceComparison(referenceFolder, type.Name);
        var made = new List<IDisposable>();
        using var images = new ImageSet();
        try
        {
            using var filter = (NativeObject)Activator.CreateInstance(type)!;
            var baseName = BaseName(type.Name);
            if (type.GetMethod("Compute", Type.EmptyTypes) is { } compute)
            {
                Members.Call(filter, "SetImage", images.Get(Parameters.PrimaryType(filter) ?? ImageSetterType(type), "primary"));
                compute.Invoke(filter, null);
            }
            else
            {
                if (Inputs.Set(filter, baseName, images) == 0)
                {
                    return new("no input", "no image setter of a test image type");
                }
                Parameters.Set(filter, baseName, images, made);
                Members.Call(filter, "Update");
            }
            return Results(filter, type, reference, outputSizes) with { Compared = reference.Compared };
        }
        catch (Exception e)
        {
            var inner = e is TargetInvocationException { InnerException: { } cause } ? cause : e;
            var message = inner is ItkException { Details.Description: { } description } ? description : inner.Message;
            return new FilterResult(inner.GetType().Name, FirstLine(message)) { Compared = reference.Compared };
        }
        finally
        {
            made.ForEach(m => m.Dispose());
        }
    }

    private static FilterResult Results(NativeObject filter, Type type, ReferenceComparison reference, IReadOnlyDictionary<string, string> outputSizes)
    {
        if (File.Exists(reference.ErrorPath))
        {
            reference.Compared.Add(Path.GetFileName(reference.ErrorPath));
            return new("C++ reference failed", FirstLine(File.ReadAllText(reference.ErrorPath)));
        }
        var details = new List<string>();
        var pixelsEqual = false;
        var output = type.GetMethod("GetOutput", Type.EmptyTypes)?.Invoke(filter, null) as NativeObject;
        var isImage = output?.GetType().GetMethod("GetBufferedSize") is not null;
        using (output)
        {
            if (isImage && output is not null)
            {
                var size = string.Join("x", ImageFiles.BufferedSize(output));
                var expected = outputSizes.TryGetValue(type.Name, out var listed) ? listed : string.Join("x", TestImages.Size(TestImages.Tag(output.GetType()).Dimension));
                if (size != expected)
                {
                    return new("size", $"output {size}, expected {expected}{(listed is null ? " (the test image's)" : " (output-sizes.txt)")}");
                }
                if (listed is not null)
                {
                    details.Add($"output {size}, as output-sizes.txt says");
                }
                if (File.Exists(reference.ImagePath))
                {
                    if (reference.ComparePixels(output) is { } difference)
                    {
                        return new("differs from C++", difference);
                    }
                    pixelsEqual = true;
                    details.Add("pixels equal to C++");
                }
            }
        }
        var valuesEqual = false;
        if (File.Exists(reference.ValuesPath))
        {
            if (reference.CompareValues(filter, out var count) is { } difference)
            {
                return new("values differ from C++", difference);
            }
            valuesEqual = true;
            details.Add($"{count} value{(count == 1 ? "" : "s")} equal to C++");
        }
        if (!isImage && !valuesEqual)
        {
            return new("no result", "no image output, and no values from the C++ reference program to compare");
        }
        if (!pixelsEqual && !valuesEqual)
        {
            details.Add("no C++ result to compare");
        }
        return new("ok", string.Join(", ", details), pixelsEqual, valuesEqual);
    }

    // A calculator's SetImage parameter type.
    private static Type ImageSetterType(Type type) =>
        type.GetMethods().First(m => m.Name == "SetImage" && m.GetParameters().Length == 1).GetParameters()[0].ParameterType;

    /// <summary>The catalogue's name without its type suffix: "OtsuThresholdImageFilterF2UC2" is "OtsuThresholdImageFilter" (as reference.h).</summary>
    public static string BaseName(string name)
    {
        foreach (var end in new[] { "Filter", "Calculator" })
        {
            var at = name.LastIndexOf(end, StringComparison.Ordinal);
            if (at >= 0)
            {
                return name[..(at + end.Length)];
            }
        }
        return name;
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
}
