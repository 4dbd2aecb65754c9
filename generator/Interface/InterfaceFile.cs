using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// What an interface file (<c>.i</c>) asks for. Directives of interface files it includes are merged in,
/// in the order they were read, so this is the whole request of one root file.
/// </summary>
public sealed class InterfaceFile
{
    private readonly List<string> _sourceFiles = [];
    private readonly List<VerbatimBlock> _verbatimBlocks = [];
    private readonly List<InterfaceInclude> _includes = [];
    private readonly List<TemplateDirective> _templates = [];
    private readonly List<RenameDirective> _renames = [];
    private readonly List<IgnoreDirective> _ignores = [];
    private readonly List<ThreadDirective> _threadDirectives = [];
    private readonly List<FeatureDirective> _features = [];
    private readonly List<ApplyDirective> _applies = [];
    private readonly List<NewObjectDirective> _newObjects = [];

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

    internal void AddSourceFile(string item) => _sourceFiles.Add(item);

    public IReadOnlyList<VerbatimBlock> VerbatimBlocks => _verbatimBlocks;

    internal void AddVerbatimBlock(VerbatimBlock item) => _verbatimBlocks.Add(item);

    public IReadOnlyList<InterfaceInclude> Includes => _includes;

    internal void AddInclude(InterfaceInclude item) => _includes.Add(item);

    public IReadOnlyList<TemplateDirective> Templates => _templates;

    internal void AddTemplate(TemplateDirective item) => _templates.Add(item);

    public IReadOnlyList<RenameDirective> Renames => _renames;

    internal void AddRename(RenameDirective item) => _renames.Add(item);

    public IReadOnlyList<IgnoreDirective> Ignores => _ignores;

    internal void AddIgnore(IgnoreDirective item) => _ignores.Add(item);

    public IReadOnlyList<ThreadDirective> ThreadDirectives => _threadDirectives;

    internal void AddThreadDirective(ThreadDirective item) => _threadDirectives.Add(item);

    public IReadOnlyList<FeatureDirective> Features => _features;

    internal void AddFeature(FeatureDirective item) => _features.Add(item);

    public IReadOnlyList<ApplyDirective> Applies => _applies;

    internal void AddApply(ApplyDirective item) => _applies.Add(item);

    public IReadOnlyList<NewObjectDirective> NewObjects => _newObjects;

    internal void AddNewObject(NewObjectDirective item) => _newObjects.Add(item);

    /// <summary>Headers to wrap: <c>%include</c>d files that are not interface files.</summary>
    public IEnumerable<InterfaceInclude> WrappedHeaders => Includes.Where(i => !i.IsImport && !i.IsInterfaceFile);

    /// <summary>Headers that only supply types: <c>%import</c>ed files that are not interface files.</summary>
    public IEnumerable<InterfaceInclude> ImportedHeaders => Includes.Where(i => i.IsImport && !i.IsInterfaceFile);

    /// <summary>Prints the model as interface file text, a kind at a time, for tests and <c>--verbose</c>.</summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        if (ModuleName is not null)
        {
            text.Append("%module ").Append(ModuleName).Append('\n');
        }
        IEnumerable<object> directives =
        [
            .. VerbatimBlocks, .. Includes, .. Templates, .. Renames, .. Ignores, .. ThreadDirectives, .. Applies, .. Features, .. NewObjects,
        ];
        foreach (var directive in directives)
        {
            text.Append(directive).Append('\n');
        }
        return text.ToString();
    }
}
