using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// Reads a SWIG-style interface file into an <see cref="InterfaceFile"/>. Interface files only hold
/// directives: C++ to wrap lives in headers. Every problem is reported with its file, line and column;
/// nothing is skipped silently. Included <c>.i</c> files are read once each, in place, and their
/// directives merged into the one model.
/// </summary>
public sealed partial class InterfaceParser
{
    private readonly InterfaceFile _result;
    private readonly IReadOnlyList<string> _includeDirs;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, TemplateDirective> _templatesByName = new(StringComparer.Ordinal);

    // Full paths of the files being read, innermost last, to name a cycle; and of every file read, to read each once.
    private readonly List<string> _openFiles = [];
    private readonly HashSet<string> _readFiles = new(StringComparer.Ordinal);

    private InterfaceParser(string rootPath, IReadOnlyList<string> includeDirs, DiagnosticBag diagnostics)
    {
        _result = new InterfaceFile(rootPath);
        _includeDirs = includeDirs;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads the interface file at <paramref name="path"/>; a file that cannot be read is reported.</summary>
    public static InterfaceFile Parse(string path, IReadOnlyList<string> includeDirs, DiagnosticBag diagnostics)
    {
        var parser = new InterfaceParser(path, includeDirs, diagnostics);
        if (parser.TryReadText(path, SourceLocation.None, out var text))
        {
            parser.ParseFile(text, path);
        }
        return parser._result;
    }

    /// <summary>Reads interface text as if it were the file at <paramref name="path"/>, which need not exist.</summary>
    public static InterfaceFile ParseText(string text, string path, IReadOnlyList<string> includeDirs, DiagnosticBag diagnostics)
    {
        var parser = new InterfaceParser(path, includeDirs, diagnostics);
        parser.ParseFile(text, path);
        return parser._result;
    }

    /// <summary>Reads interface text with no include directories.</summary>
    public static InterfaceFile ParseText(string text, string path, DiagnosticBag diagnostics) =>
        ParseText(text, path, [], diagnostics);

    private void ParseFile(string text, string path)
    {
        var fullPath = Path.GetFullPath(path);
        _openFiles.Add(fullPath);
        _readFiles.Add(fullPath);
        _result.AddSourceFile(path);

        var tokens = new InterfaceTokenStream(new InterfaceScanner(text, path, _diagnostics));
        while (true)
        {
            var token = tokens.Next();
            switch (token.Kind)
            {
                case InterfaceTokenKind.End:
                    _openFiles.RemoveAt(_openFiles.Count - 1);
                    return;
                case InterfaceTokenKind.Directive:
                    ParseDirective(token, tokens, path);
                    break;
                case InterfaceTokenKind.Verbatim:
                    _result.AddVerbatimBlock(new VerbatimBlock(token.Text, token.Location));
                    break;
                case InterfaceTokenKind.Hash:
                    _diagnostics.Error(DiagnosticIds.PreprocessorLineInInterfaceFile, token.Location,
                        $"'{token.Text}': interface files are not preprocessed; put the line inside a %{{ %}} block to copy it into the shim, or into a header");
                    break;
                case InterfaceTokenKind.Error:
                    break; // Reported by the scanner.
                case InterfaceTokenKind.Punctuation when token.Text == "%}":
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, token.Location, "'%}' without a '%{' before it");
                    break;
                default:
                    _diagnostics.Error(DiagnosticIds.DeclarationInInterfaceFile, token.Location,
                        $"'{token}' is not a directive: interface files hold only %-directives and C++ is not wrapped from here; declare it in a header and %include that header");
                    SkipDeclaration(tokens);
                    break;
            }
        }
    }

    private void ParseDirective(InterfaceToken directive, InterfaceTokenStream tokens, string path)
    {
        var parsed = directive.Text switch
        {
            "module" => ParseModule(directive, tokens),
            "include" => ParseInclude(directive, tokens, path, isImport: false),
            "import" => ParseInclude(directive, tokens, path, isImport: true),
            "template" => ParseTemplate(directive, tokens),
            "rename" => ParseRename(directive, tokens),
            "ignore" => ParseIgnore(directive, tokens),
            "thread" => ParseThread(directive, tokens, ThreadPolicy.Thread),
            "nothread" => ParseThread(directive, tokens, ThreadPolicy.NoThread),
            "feature" => ParseFeature(directive, tokens),
            "apply" => ParseApply(directive, tokens),
            "newobject" => ParseNewObject(directive, tokens),
            _ => ReportUnknownDirective(directive, tokens),
        };
        if (!parsed)
        {
            SkipStatement(tokens);
        }
    }

    private bool ReportUnknownDirective(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        _diagnostics.Error(DiagnosticIds.UnknownInterfaceDirective, directive.Location,
            $"unknown directive '%{directive.Text}'; supported: %module, %include, %import, %template, %rename, %ignore, %thread, %nothread, %feature, %apply, %newobject, %{{ %}}");
        // A block right after an unknown directive is its body (as in '%insert("header") %{ ... %}'), not shim text.
        var next = tokens.Peek();
        if (next.Kind == InterfaceTokenKind.Verbatim)
        {
            tokens.Next();
            return true;
        }
        return false;
    }

    /// <summary>After an error, skips to the end of the statement: past its ';', or up to the next directive.</summary>
    private static void SkipStatement(InterfaceTokenStream tokens)
    {
        while (!tokens.AtStatementStart)
        {
            if (tokens.Next().IsPunctuation(";"))
            {
                return;
            }
        }
    }

    /// <summary>Skips a stray C++ declaration, braces and all, so its inside does not produce more errors.</summary>
    private static void SkipDeclaration(InterfaceTokenStream tokens)
    {
        var depth = 0;
        while (!(depth == 0 && tokens.AtStatementStart) && tokens.Peek().Kind != InterfaceTokenKind.End)
        {
            var token = tokens.Next();
            if (token.IsPunctuation("{"))
            {
                depth++;
            }
            else if (token.IsPunctuation("}") && depth > 0 && --depth == 0)
            {
                tokens.Accept(";");
                return;
            }
            else if (token.IsPunctuation(";") && depth == 0)
            {
                return;
            }
        }
    }
}
