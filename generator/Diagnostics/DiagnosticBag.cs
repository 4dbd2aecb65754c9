namespace ItkBindGen.Diagnostics;

/// <summary>
/// Collects the diagnostics of one run. User errors are reported here, never thrown.
/// Warnings can be silenced by ID or promoted to errors, like a compiler's /nowarn and /warnaserror.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly object _gate = new();

    public HashSet<DiagnosticId> Suppressed { get; } = [];

    public bool WarningsAsErrors { get; set; }

    public IReadOnlyList<Diagnostic> Items
    {
        get { lock (_gate) { return [.. _items]; } }
    }

    public bool HasErrors
    {
        get { lock (_gate) { return _items.Exists(d => d.Severity == Severity.Error); } }
    }

    public void Error(DiagnosticId id, SourceLocation location, string message) =>
        Add(new Diagnostic(id, Severity.Error, location, message));

    public void Warning(DiagnosticId id, SourceLocation location, string message) =>
        Add(new Diagnostic(id, Severity.Warning, location, message));

    public void Add(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == Severity.Warning)
        {
            if (Suppressed.Contains(diagnostic.Id))
            {
                return;
            }
            if (WarningsAsErrors)
            {
                diagnostic = diagnostic with { Severity = Severity.Error };
            }
        }
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public void WriteTo(TextWriter writer)
    {
        foreach (var diagnostic in Items)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }
}
