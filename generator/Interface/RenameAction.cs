namespace ItkBindGen.Interface;

/// <summary>What a <c>%rename</c> (or <c>%ignore</c>) rule does to the declarations it matches.</summary>
public abstract record RenameAction
{
    private RenameAction()
    {
    }

    /// <summary><c>%rename(NewName)</c>.</summary>
    public sealed record To(string Name) : RenameAction
    {
        public override string ToString() => Name;
    }

    /// <summary><c>%ignore</c>, or SWIG's <c>%rename("$ignore")</c>.</summary>
    public sealed record Ignore : RenameAction
    {
        public override string ToString() => "\"$ignore\"";
    }

    /// <summary><c>%rename("%(function)s")</c>; <see cref="Argument"/> is the prefix, suffix or regex pattern, <see cref="Replacement"/> the regex replacement.</summary>
    public sealed record Computed(NameFunction Function, string? Argument, string? Replacement) : RenameAction
    {
        public override string ToString() => Function switch
        {
            NameFunction.Strip => $"\"%(strip:[{Argument}])s\"",
            NameFunction.RightStrip => $"\"%(rstrip:[{Argument}])s\"",
            NameFunction.Regex => $"\"%(regex:/{Escape(Argument)}/{Escape(Replacement)}/)s\"",
            _ => $"\"%({Function.ToString().ToLowerInvariant()})s\"",
        };

        private static string? Escape(string? text) => text?.Replace("\\", "\\\\").Replace("\"", "\\\"");
    }
}
