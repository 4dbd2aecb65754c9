using ItkBindGen.Diagnostics;

namespace ItkBindGen.Binding;

/// <summary>A member of a wrapped class (or a free function) that is not wrapped, and why.</summary>
/// <param name="Member">The C++ member as the class sees it, e.g. <c>itk::MedianImageFilter&lt;...&gt;::GraftOutput(itk::DataObject *)</c>.</param>
/// <param name="Id">The diagnostic that reports it.</param>
/// <param name="Reason">Why it is not wrapped, as the diagnostic says it.</param>
/// <param name="Location">The C++ declaration.</param>
/// <param name="SharedMember">The member as its declaring template has it (<c>itk::ImageSource&lt;TOutputImage&gt;::...</c>), for one warning over several classes.</param>
public sealed record SkippedMember(string Member, DiagnosticId Id, string Reason, SourceLocation Location, string SharedMember)
{
    /// <summary>The class this module does not wrap that the member takes or returns, when that is why it is skipped.</summary>
    public string? NeedsClass { get; init; }
}
