using System.Text;

namespace ItkBindGen.FilterService.Tests;

/// <summary>
/// One bad request of the corpus: what is sent and what must come back. "{image}" in the path or body stands for the
/// id of an image uploaded beforehand.
/// </summary>
public sealed record BadRequestCase(string Name, string Method, string Path, string? ContentType, Func<byte[]>? Body, int Status, string Fragment)
{
    public override string ToString() => Name;

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);
}
