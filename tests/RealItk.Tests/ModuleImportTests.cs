namespace ItkBindGen.Tests.Shared;

// The real ITK reference program and mask file for the shared module import tests.
public partial class ModuleImportTests
{
    private const string ReferenceProgram = "real_itk_reference";
    private const string MaskFile = "threshold.png";
}
