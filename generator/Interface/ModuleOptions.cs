using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// The options of <c>%module(directors="1", threads="1") name</c> this tool knows, each typed. Options meant for
/// other SWIG languages (<c>package</c>, <c>ruby_minherit</c>, ...) are accepted and listed in <see cref="OtherLanguages"/>.
/// </summary>
public sealed record ModuleOptions
{
    /// <summary><c>directors="1"</c>: SWIG's switch for <c>%feature("director")</c>; here directors work with or without it.</summary>
    public bool Directors { get; init; }

    /// <summary><c>dirprot="1"</c> or <c>allprotected="1"</c>: directors also expose protected members.</summary>
    public bool ProtectedMembers { get; init; }

    /// <summary><c>threads="1"</c>: the same as <c>-threads</c>.</summary>
    public bool Threads { get; init; }

    /// <summary><c>naturalvar="1"</c>: class-typed variables are wrapped by value (SWIG's <c>%naturalvar</c> for all).</summary>
    public bool NaturalVariables { get; init; }

    /// <summary><c>csbegin="..."</c>: text at the top of every generated C# file.</summary>
    public string? CSharpBegin { get; init; }

    /// <summary><c>docstring="..."</c>: the module's documentation.</summary>
    public string? DocString { get; init; }

    /// <summary><c>imclassname="..."</c>: SWIG's intermediary class, which C# output from this tool does not have.</summary>
    public string? IntermediaryClassName { get; init; }

    /// <summary>Options of other SWIG target languages, accepted and not used.</summary>
    public IReadOnlyList<string> OtherLanguages { get; init; } = [];

    public SourceLocation Location { get; init; } = SourceLocation.None;

    public override string ToString()
    {
        var options = new List<string>();
        void Add(bool on, string name)
        {
            if (on)
            {
                options.Add($"{name}=\"1\"");
            }
        }
        void AddText(string? value, string name)
        {
            if (value is not null)
            {
                options.Add($"{name}=\"{value.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"");
            }
        }
        Add(Directors, "directors");
        Add(ProtectedMembers, "allprotected");
        Add(Threads, "threads");
        Add(NaturalVariables, "naturalvar");
        AddText(CSharpBegin, "csbegin");
        AddText(DocString, "docstring");
        AddText(IntermediaryClassName, "imclassname");
        options.AddRange(OtherLanguages.Select(o => $"{o}=\"\""));
        return options.Count == 0 ? string.Empty : "(" + string.Join(", ", options) + ")";
    }
}
