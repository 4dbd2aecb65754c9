using ItkBindGen.Diagnostics;

namespace ItkBindGen.Parsing;

/// <summary>
/// A member function template to instantiate: <c>%template(Name) itk::Image&lt;float,2&gt;::TransformPhysicalPointToIndex&lt;double&gt;;</c>
/// is <c>("itk::Image&lt;float,2&gt;", "TransformPhysicalPointToIndex", ["double"])</c>. The class may be a plain class or a
/// class template specialization; the member may be declared in one of its bases (found as C++ name lookup finds it).
/// </summary>
public sealed record CppMemberTemplateRequest(string ClassSpelling, string Member, IReadOnlyList<string> Arguments, SourceLocation Location)
{
    /// <summary>The request as C++ writes it: <c>itk::Image&lt;float,2&gt;::TransformPhysicalPointToIndex&lt;double&gt;</c>.</summary>
    public string Spelling => $"{ClassSpelling}::{Member}<{string.Join(", ", Arguments)}>";

    public override string ToString() => Spelling;
}
