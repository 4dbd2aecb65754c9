using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>An <c>%include</c> or <c>%import</c> of a header or of another interface file.</summary>
/// <param name="Path">The path as written between the quotes or angle brackets.</param>
/// <param name="ResolvedPath">The full path found on disk, or null when no candidate exists (libclang may still find a system header).</param>
/// <param name="IsSystem">Written <c>&lt;file&gt;</c> rather than <c>"file"</c>.</param>
/// <param name="IsImport"><c>%import</c>: the header supplies types only and is not wrapped.</param>
/// <param name="Location">Where the directive stands.</param>
public sealed record InterfaceInclude(string Path, string? ResolvedPath, bool IsSystem, bool IsImport, SourceLocation Location)
{
    /// <summary>An interface file (<c>.i</c>, or one of SWIG's <c>.swg</c> library files) rather than a C++ header.</summary>
    public bool IsInterfaceFile => Path.EndsWith(".i", StringComparison.OrdinalIgnoreCase) || Path.EndsWith(".swg", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => (IsImport ? "%import " : "%include ") + (IsSystem ? $"<{Path}>" : $"\"{Path}\"");
}
