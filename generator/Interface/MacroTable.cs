using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// The macros of one run, shared by every interface file it reads (a macro an included file defines is known after
/// the <c>%include</c>, as in SWIG). It starts with what SWIG predefines for C#, then the command line's <c>-D</c>
/// and <c>-U</c>, applied in that order.
/// </summary>
internal sealed class MacroTable
{
    private readonly Dictionary<string, MacroDefinition> _macros = new(StringComparer.Ordinal);

    /// <summary>
    /// SWIG's own: <c>SWIG</c>, the target language <c>SWIGCSHARP</c>, <c>__cplusplus</c> for the C++17 the headers
    /// are parsed as, <c>__STDC__</c>; and its <c>%arg</c> (an argument holding commas) and <c>%str</c> (quotes it).
    /// </summary>
    private static readonly string[] Predefined =
    [
        "SWIG 1", "SWIGCSHARP 1", "__cplusplus 201703L", "__STDC__ 1", "%arg(X...) X", "%str(X) #X",
    ];

    public static MacroTable Create(IEnumerable<string> defines, IEnumerable<string> undefines)
    {
        var table = new MacroTable();
        foreach (var text in Predefined)
        {
            table.DefineFromText(text, new SourceLocation("<built-in>", 0, 0));
        }
        foreach (var define in defines)
        {
            // -DNAME means NAME 1, as for a C compiler; -DNAME=VALUE means NAME VALUE.
            var parts = define.Split('=', 2);
            table.DefineFromText(parts[0] + " " + (parts.Length == 2 ? parts[1] : "1"), new SourceLocation("<command line>", 0, 0));
        }
        foreach (var name in undefines)
        {
            table.Undefine(name);
        }
        return table;
    }

    public bool IsDefined(string name) => _macros.ContainsKey(name);

    public MacroDefinition? Find(string name) => _macros.GetValueOrDefault(name);

    public void Define(MacroDefinition macro) => _macros[macro.Name] = macro;

    public void Undefine(string name) => _macros.Remove(name);

    /// <summary>Defines a macro from <c>NAME body</c> or <c>NAME(params) body</c> text; its errors are the caller's bug, so they throw.</summary>
    private void DefineFromText(string text, SourceLocation location)
    {
        var diagnostics = new DiagnosticBag();
        var scanner = new InterfaceScanner(text, location.File, diagnostics);
        var tokens = new List<InterfaceToken>();
        for (var token = scanner.Next(); token.Kind != InterfaceTokenKind.End; token = scanner.Next())
        {
            tokens.Add(token with { Location = location, End = location, LineStart = false });
        }
        var macro = MacroParser.Parse(tokens, location, diagnostics) ?? throw new InvalidOperationException($"bad built-in macro '{text}'");
        Define(macro);
    }
}
