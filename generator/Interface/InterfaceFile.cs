using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// What an interface file (<c>.i</c>) asks for. Directives of interface files it includes are merged in,
/// in the order they were read, so this is the whole request of one root file.
/// </summary>
public sealed partial class InterfaceFile
{
    private readonly List<string> _sourceFiles = [];

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

    /// <summary>The options of <c>%module(...)</c>.</summary>
    public ModuleOptions ModuleOptions { get; internal set; } = new();

    /// <summary>Every interface file read: the root first, then included ones in the order they were first read.</summary>
    public IReadOnlyList<string> SourceFiles => _sourceFiles;

    internal void AddSourceFile(string item) => _sourceFiles.Add(item);

    /// <summary>Headers to wrap: <c>%include</c>d files that are not interface files.</summary>
    public IEnumerable<InterfaceInclude> WrappedHeaders => Includes.Where(i => !i.IsImport && !i.IsInterfaceFile);

    /// <summary>Headers that only supply types: <c>%import</c>ed files that are not interface files.</summary>
    public IEnumerable<InterfaceInclude> ImportedHeaders => Includes.Where(i => i.IsImport && !i.IsInterfaceFile);

    /// <summary>The <c>%inline</c> code, in the order it was read: compiled into the shim and wrapped.</summary>
    public IEnumerable<VerbatimBlock> InlineCode => VerbatimBlocks.Where(b => b.IsInline);

    /// <summary>Drops the parameters a <c>%clear</c> names from the <c>%apply</c> rules read so far.</summary>
    internal void ClearApplies(IReadOnlySet<string> targets)
    {
        Clear(_applies, a => a.Targets, (a, kept) => a with { Targets = kept });
        Clear(_typeApplies, a => a.Targets, (a, kept) => a with { Targets = kept });

        void Clear<T>(List<T> rules, Func<T, IReadOnlyList<ApplyTarget>> targetsOf, Func<T, List<ApplyTarget>, T> keep)
        {
            for (var i = rules.Count - 1; i >= 0; i--)
            {
                var kept = targetsOf(rules[i]).Where(t => !targets.Contains(t.ToString())).ToList();
                if (kept.Count == 0)
                {
                    rules.RemoveAt(i);
                }
                else if (kept.Count != targetsOf(rules[i]).Count)
                {
                    rules[i] = keep(rules[i], kept);
                }
            }
        }
    }

    /// <summary>Prints the model as interface file text, a kind at a time, for tests and <c>--verbose</c>.</summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        if (ModuleName is not null)
        {
            // Each printed directive ends in its own ';', which it would otherwise take from a line after it.
            text.Append("%module").Append(ModuleOptions).Append(' ').Append(ModuleName).Append(";\n");
        }
        IEnumerable<object> directives =
        [
            .. VerbatimBlocks, .. Includes, .. Templates, .. BaseTemplates, .. Renames, .. Ignores, .. RenameRules, .. ThreadDirectives,
            .. Applies, .. TypeApplies, .. Features, .. FeatureRules, .. NewObjects, .. Immutables, .. ClassFeatures, .. Extends,
            .. Exceptions, .. Constants, .. WarningFilters, .. Pragmas, .. Typemaps,
        ];
        foreach (var directive in directives)
        {
            text.Append(directive).Append('\n');
        }
        // Declarations last: braces they leave open must not put the directives above inside a scope.
        foreach (var code in Declarations)
        {
            text.Append(code).Append(code.Text.EndsWith('\\') ? " \n" : "\n");
        }
        return text.ToString();
    }
}
