using RealItkTest.Threaded;

namespace ItkBindGen.RealItk.Tests;

// Against real ITK: its reference program writes the threshold as PNG; ITK's exceptions reach C# typed.
public partial class FilterResultTests
{
    private const string ReferenceProgram = "real_itk_reference";

    private const string ThresholdFile = "threshold.png";

    [Fact]
    public void ItkExceptionsBecomeTypedExceptions()
    {
        using var reader = new ImageFileReaderF2();
        reader.SetFileName("/nonexistent/image.mha");
        var error = Assert.ThrowsAny<Exception>(reader.Update);
        Assert.Contains("image.mha", error.Message);
        Assert.StartsWith("ItkBindGen.Runtime", error.GetType().Namespace);

        // The message reads as ITK's description; the file, line and location prefix of what() stays in properties.
        var itk = Assert.IsAssignableFrom<ItkBindGen.Runtime.ItkException>(error);
        Assert.Equal(itk.Details.Description, itk.Message);
        Assert.DoesNotContain($"{itk.Details.File}:", itk.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(itk.Details.File));
        Assert.True(itk.Details.Line > 0);
        Assert.Contains($"{itk.Details.File}:{itk.Details.Line}", itk.Details.NativeMessage, StringComparison.Ordinal);
    }
}
