using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// What an interface file (<c>.i</c>) asks for. Directives of interface files it includes are merged in,
/// in the order they were read, so this is the whole request of one root file.
/// </summary>
public sealed class InterfaceFile
{
    public InterfaceFile(string path)
    {
        Path = path;
    }

    /// <summary>The root file's path, as it was given.</summary>
    public string Path { get; }

    /// <summary>The <c>%module</c> name, or null when no file declared one.</summary>
    public string? ModuleName { get; internal set; }

    /// <summary>Where <c>%module</c> stands; <see cref="SourceLocation.None"/> without one.</summary>
    public SourceLocation ModuleLocation { get; internal set; } = SourceLocation.None;

    /// <summary>Every interface file read: the root first, then included ones in the order they were first read.</summary>
    public IReadOnlyList<string> SourceFiles => _sourceFiles;

    internal readonly List<string> _sourceFiles = [];

    public IReadOnlyList<VerbatimBlock> VerbatimBlocks => _verbatimBlocks;

    internal readonly List<VerbatimBlock> _verbatimBlocks = [];

    public IReadOnlyList<InterfaceInclude> Includes => _includes;

    internal readonly List<InterfaceInclude> _includes = [];

    public IReadOnlyList<TemplateDirective> Templates => _templates;

    internal readonly List<TemplateDirective> _templates = [];

    public IReadOnlyList<RenameDirective> Renames => _renames;

    internal readonly List<RenameDirective> _renames = [];

    public IReadOnlyList<IgnoreDirective> Ignores => _ignores;

    internal readonly List<IgnoreDirective> _ignores = [];

    public IReadOnlyList<ThreadDirective> ThreadDirectives => _threadDirectives;

    internal readonly List<ThreadDirective> _threadDirectives = [];

    public IReadOnlyList<FeatureDirective> Features => _features;

    internal readonly List<FeatureDirective> _features = [];

    /// <summary>Headers to wrap: <c>%include</c>d files that are not interface files.</summary>
    public IEnumerable<InterfaceInclude> WrappedHeaders => Includes.Where(i => !i.IsImport && !i.IsInterfaceFile);

    /// <summary>Headers that only supply types: <c>%import</c>ed files that are not interface files.</summary>
    public IEnumerable<InterfaceInclude> ImportedHeaders => Includes.Where(i => i.IsImport && !i.IsInterfaceFile);
}
