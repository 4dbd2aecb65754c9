namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// The code one parameter needs on both sides of the boundary, decided by its marshaller. Templates lay these
/// lines out in order; they never choose between them.
/// </summary>
public sealed record ParameterCrossing
{
    /// <summary>The parameter as C# callers see it, without its default: <c>double[] variance</c>, <c>out bool isInside</c>.</summary>
    public required string CsDeclaration { get; init; }

    /// <summary>The C# type alone, the part of the declaration two overloads must not share.</summary>
    public required string CsType { get; init; }

    /// <summary>Whether the callee only reads the value, or writes it back.</summary>
    public Passing Passing { get; init; } = Passing.In;

    /// <summary>Argument checks, before anything is pinned.</summary>
    public IReadOnlyList<string> CsChecks { get; init; } = [];

    /// <summary>Locals the call passes by address (out and in/out values).</summary>
    public IReadOnlyList<string> CsLocals { get; init; } = [];

    /// <summary><c>fixed (...)</c> heads; their scopes enclose the call.</summary>
    public IReadOnlyList<string> CsPins { get; init; } = [];

    /// <summary>What the <c>LibraryImport</c> call passes, one entry an interop parameter.</summary>
    public required IReadOnlyList<string> CsArguments { get; init; }

    /// <summary>The <c>LibraryImport</c> parameters: <c>double* variance</c>, <c>nuint varianceLength</c>.</summary>
    public required IReadOnlyList<string> CsInteropParameters { get; init; }

    /// <summary>Statements after the error check: out values handed back.</summary>
    public IReadOnlyList<string> CsAfter { get; init; } = [];

    /// <summary>The shim's parameters for this value.</summary>
    public required IReadOnlyList<string> CppParameters { get; init; }

    /// <summary>Shim statements before the call: the C++ value built from what crossed.</summary>
    public IReadOnlyList<string> CppBefore { get; init; } = [];

    /// <summary>The C++ expression the callee receives.</summary>
    public required string CppArgument { get; init; }

    /// <summary>Shim statements after the call: out values written back.</summary>
    public IReadOnlyList<string> CppAfter { get; init; } = [];

    /// <summary>Whether the import needs UTF-8 string marshalling.</summary>
    public bool UsesStrings { get; init; }
}

/// <summary>The code a returned value needs on both sides, given the C++ call that produces it.</summary>
public sealed record ReturnCrossing
{
    /// <summary>The C# return type users see.</summary>
    public required string CsType { get; init; }

    /// <summary>Nothing is returned (C# <c>void</c>).</summary>
    public bool IsVoid { get; init; }

    /// <summary>The <c>LibraryImport</c> return type (<c>void</c> when the value comes back through pointers).</summary>
    public required string CsInteropReturnType { get; init; }

    /// <summary>Locals that receive the value.</summary>
    public IReadOnlyList<string> CsLocals { get; init; } = [];

    public IReadOnlyList<string> CsPins { get; init; } = [];

    /// <summary>What precedes the import call: <c>result = </c> or nothing.</summary>
    public string CsAssign { get; init; } = string.Empty;

    /// <summary>Trailing arguments and parameters of the import call (result buffers).</summary>
    public IReadOnlyList<string> CsArguments { get; init; } = [];

    public IReadOnlyList<string> CsInteropParameters { get; init; } = [];

    /// <summary>The statements that end the wrapper.</summary>
    public IReadOnlyList<string> CsReturn { get; init; } = [];

    /// <summary>The shim's return type.</summary>
    public required string CppReturnType { get; init; }

    public IReadOnlyList<string> CppParameters { get; init; } = [];

    /// <summary>The shim statements that make the call and hand its value over.</summary>
    public required IReadOnlyList<string> CppStatements { get; init; }

    /// <summary>What the shim returns after a caught exception, or null for <c>void</c>.</summary>
    public string? CppFallback { get; init; }
}
