namespace ItkBindGen.Tests.Shared;

// The native core's reference program and mask file for the shared module import tests.
public partial class ModuleImportTests
{
    private const string ReferenceProgram = "reference_filters";
    private const string MaskFile = "threshold.mha";
}
