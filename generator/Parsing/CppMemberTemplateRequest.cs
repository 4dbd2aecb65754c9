using ItkBindGen.Diagnostics;

namespace ItkBindGen.Parsing;

/// <summary>
/// A member function template to instantiate: <c>%template(Name) itk::Image&lt;float,2&gt;::TransformPhysicalPointToIndex&lt;double&gt;;</c>
/// is <c>("itk::Image&lt;float,2&gt;", "TransformPhysicalPointToIndex", ["double"])</c>. The class may be a plain class or a
/// class template specialization; the member may be declared in one of its bases (found as C++ name lookup finds it).
/// </summary>
public sealed record CppMemberTemplateRequest(string ClassSpelling, string Member, IReadOnlyList<string> Arguments, SourceLocation Location)
{
    /// <summary>
    /// The request as written: <c>itk::Image&lt;float,2&gt;::TransformPhysicalPointToIndex&lt;double&gt;</c> (for a class
    /// request that named a member template, that request's spelling).
    /// </summary>
    public string Spelling { get; init; } = $"{ClassSpelling}::{Member}<{string.Join(", ", Arguments)}>";

    /// <summary>Reads a request from a spelling such as a <c>%template</c>'s type; null when it does not end in <c>::member&lt;Args&gt;</c>.</summary>
    public static CppMemberTemplateRequest? FromSpelling(string spelling, SourceLocation location) =>
        Building.TemplateSpelling.SplitMemberTemplate(spelling) is var (scope, member, arguments)
            ? new CppMemberTemplateRequest(scope, member, arguments, location) { Spelling = spelling }
            : null;

    public override string ToString() => Spelling;
}
