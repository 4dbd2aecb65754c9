namespace ItkBindGen.Emit;

/// <summary>One output file, its content complete before anything is written.</summary>
public sealed record GeneratedFile(string Path, string Content);
