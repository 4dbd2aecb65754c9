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

    /// <summary>
    /// <c>%rename("%(function)s")</c>, optionally with text around it (<c>"AF_%(utitle)s"</c>, <c>"%s_void"</c>);
    /// <see cref="Argument"/> is the prefix, suffix or regex pattern, <see cref="Replacement"/> the regex replacement.
    /// </summary>
    public sealed record Computed(NameFunction Function, string? Argument, string? Replacement) : RenameAction
    {
        /// <summary>Text before the computed name.</summary>
        public string Prefix { get; init; } = string.Empty;

        /// <summary>Text after the computed name.</summary>
        public string Suffix { get; init; } = string.Empty;

        public override string ToString() => $"\"{Prefix}{Placeholder}{Suffix}\"";

        private string Placeholder => Function switch
        {
            NameFunction.Same => "%s",
            NameFunction.Strip => $"%(strip:[{Argument}])s",
            NameFunction.RightStrip => $"%(rstrip:[{Argument}])s",
            NameFunction.Regex => $"%(regex:/{Escape(Argument)}/{Escape(Replacement)}/)s",
            _ => $"%({Function.ToString().ToLowerInvariant()})s",
        };

        private static string? Escape(string? text) => text?.Replace("\\", "\\\\").Replace("\"", "\\\"");
    }
}
