namespace ItkBindGen.Interface;

/// <summary>What the command line adds to SWIG's preprocessor: <c>-D</c> macros (<c>NAME</c> or <c>NAME=VALUE</c>) and <c>-U</c> names.</summary>
public sealed record InterfaceParserOptions
{
    public IReadOnlyList<string> Defines { get; init; } = [];

    public IReadOnlyList<string> Undefines { get; init; } = [];
}
