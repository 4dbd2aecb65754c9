namespace ItkBindGen.Emit;

/// <summary>What an <see cref="OutputWriter"/> did, file by file (full paths, sorted), for <c>--verbose</c>.</summary>
/// <param name="Written">Files created or replaced because their content changed.</param>
/// <param name="Unchanged">Files already on disk with the same bytes, left alone so their timestamps stay.</param>
/// <param name="Removed">Files the previous run's manifest listed and this run no longer produces, deleted.</param>
/// <param name="Committed">False when nothing was touched because the run had errors.</param>
public sealed record OutputResult(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Removed, bool Committed)
{
    public static OutputResult NothingWritten { get; } = new([], [], [], Committed: false);
}
