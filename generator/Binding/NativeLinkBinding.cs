namespace ItkBindGen.Binding;

/// <summary>What the shim's CMake fragment finds and links: a system ITK, or the ItkBindGen native core.</summary>
/// <param name="Description">How the fragment's header comment names it.</param>
/// <param name="FindTemplate">The partial template that finds it.</param>
/// <param name="Libraries">What the shim library links.</param>
public sealed record NativeLinkBinding(string Description, string FindTemplate, string Libraries)
{
    public static NativeLinkBinding For(string target) => target == BindingRequest.ItkTarget
        ? new NativeLinkBinding("a system ITK", "_find_itk.sbncmake", "${ITK_LIBRARIES}")
        : new NativeLinkBinding("the ItkBindGen native core", "_find_core.sbncmake", "ItkBindGen::Core");
}
