namespace ItkBindGen.EndToEnd.Tests;

// Against the native core: its reference program writes every result as MetaImage.
public partial class FilterResultTests
{
    private const string ReferenceProgram = "reference_filters";

    private const string ThresholdFile = "threshold.mha";
}
