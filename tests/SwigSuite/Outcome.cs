namespace ItkBindGen.SwigSuite;

/// <summary>What became of one interface file of SWIG's test suite.</summary>
internal enum Outcome
{
    /// <summary>Generated, both the C# and the shim compile, and something is wrapped.</summary>
    Wrapped,

    /// <summary>Generated and compiles, but nothing is wrapped.</summary>
    Empty,

    /// <summary>Refused (exit 1) with every error at a file, line and column.</summary>
    Refused,

    /// <summary>Refused with an error that names no line: a failure of the gate.</summary>
    RefusedUnlocated,

    /// <summary>Exit 0, but the C# or the shim does not compile: a failure of the gate.</summary>
    DoesNotCompile,

    /// <summary>An internal error (exit 3) or an exception out of the command line: a failure of the gate.</summary>
    InternalError,

    /// <summary>No answer within the time limit: a failure of the gate.</summary>
    Hang,

    /// <summary>Failed, yet files were written: a failure of the gate.</summary>
    WroteOnError,

    /// <summary>Exit 2: the suite's own command line was wrong.</summary>
    UsageError,
}

/// <summary>One file's outcome; <see cref="Detail"/> is the refusal's kind (ID and message) or the first compile error.</summary>
internal sealed record FileOutcome(string Name, Outcome Outcome, string Detail)
{
    public bool IsFailure => Outcome is not (Outcome.Wrapped or Outcome.Empty or Outcome.Refused);

    public bool Generated => Outcome is Outcome.Wrapped or Outcome.Empty;
}
