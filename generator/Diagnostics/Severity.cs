namespace ItkBindGen.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
