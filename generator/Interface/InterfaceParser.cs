using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// Reads a SWIG interface file into an <see cref="InterfaceFile"/>: SWIG's preprocessor first (<see cref="SwigPreprocessor"/>),
/// then its directives, each into a typed record, and the C++ written in the file itself, which SWIG wraps as if a
/// header declared it. Every problem is reported with its file, line and column; nothing is skipped silently, and
/// parsing goes on after a bad directive from the end of its block. Included <c>.i</c> files (SWIG's library files
/// shipped with the tool among them) are read once each, in place, and their directives merged into the one model.
/// </summary>
public sealed partial class InterfaceParser
{
    private readonly InterfaceFile _result;
    private readonly IReadOnlyList<string> _includeDirs;
    private readonly DiagnosticBag _diagnostics;
    private readonly MacroTable _macros;
    private readonly Dictionary<string, TemplateDirective> _templatesByName = new(StringComparer.Ordinal);

    // Full paths of the files being read, innermost last, to name a cycle; and of every file read, to read each once.
    private readonly List<string> _openFiles = [];
    private readonly HashSet<string> _readFiles = new(StringComparer.Ordinal);

    // The C++ of the file being read, and the braces around the current place in it.
    private CppTextWriter _cpp = new();
    private CppScopeTracker _scope = new();

    private InterfaceParser(string rootPath, IReadOnlyList<string> includeDirs, DiagnosticBag diagnostics, InterfaceParserOptions? options)
    {
        _result = new InterfaceFile(rootPath);
        _includeDirs = includeDirs;
        _diagnostics = diagnostics;
        _macros = MacroTable.Create(options?.Defines ?? [], options?.Undefines ?? []);
    }

    /// <summary>Reads the interface file at <paramref name="path"/>; a file that cannot be read is reported.</summary>
    public static InterfaceFile Parse(string path, IReadOnlyList<string> includeDirs, DiagnosticBag diagnostics, InterfaceParserOptions? options = null)
    {
        var parser = new InterfaceParser(path, includeDirs, diagnostics, options);
        if (LibraryFiles.IsLibraryPath(path))
        {
            parser.ParseFile(LibraryFiles.Read(path), path);
            parser.CheckCustomTypes();
        }
        else if (parser.TryReadText(path, SourceLocation.None, out var text))
        {
            parser.ParseFile(text, path);
            parser.CheckCustomTypes();
        }
        return parser._result;
    }

    /// <summary>Reads interface text as if it were the file at <paramref name="path"/>, which need not exist.</summary>
    public static InterfaceFile ParseText(string text, string path, IReadOnlyList<string> includeDirs, DiagnosticBag diagnostics, InterfaceParserOptions? options = null)
    {
        var parser = new InterfaceParser(path, includeDirs, diagnostics, options);
        parser.ParseFile(text, path);
        parser.CheckCustomTypes();
        return parser._result;
    }

    /// <summary>Reads interface text with no include directories.</summary>
    public static InterfaceFile ParseText(string text, string path, DiagnosticBag diagnostics) =>
        ParseText(text, path, [], diagnostics);

    private void ParseFile(string text, string path)
    {
        var fullPath = LibraryFiles.IsLibraryPath(path) ? path : Path.GetFullPath(path);
        _openFiles.Add(fullPath);
        _readFiles.Add(fullPath);
        _result.AddSourceFile(path);
        var (outerCpp, outerScope) = (_cpp, _scope);
        (_cpp, _scope) = (new CppTextWriter(), new CppScopeTracker());

        var preprocessor = new SwigPreprocessor(new InterfaceScanner(text, path, _diagnostics), _macros, _diagnostics);
        var tokens = new InterfaceTokenStream(preprocessor);
        while (true)
        {
            var token = tokens.Next();
            switch (token.Kind)
            {
                case InterfaceTokenKind.End:
                    if (_cpp.Take() is { } code)
                    {
                        _result.AddDeclarations(code);
                    }
                    foreach (var (warning, location) in preprocessor.NoWarnPragmas)
                    {
                        AddWarningFilter([warning], null, location);
                    }
                    (_cpp, _scope) = (outerCpp, outerScope);
                    _openFiles.RemoveAt(_openFiles.Count - 1);
                    return;
                case InterfaceTokenKind.Directive:
                    ParseDirective(token, tokens, path);
                    break;
                case InterfaceTokenKind.Verbatim:
                    _result.AddVerbatimBlock(new VerbatimBlock(token.Text, token.Location) { TextLocation = token.BodyLocation });
                    break;
                case InterfaceTokenKind.Error:
                    break; // Reported by the scanner.
                case InterfaceTokenKind.Punctuation when token.Text == "%}":
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, token.Location, "'%}' without a '%{' before it");
                    break;
                case InterfaceTokenKind.Punctuation when token.Text is "#" or "##":
                    _diagnostics.Error(DiagnosticIds.MalformedDeclaration, token.Location,
                        $"'{token.Text}' in C++ outside a preprocessor line: a '#' line must start its line, and '#' and '##' work inside macro bodies only");
                    break;
                default:
                    // C++ written in the interface file: SWIG wraps what it declares.
                    _cpp.Add(token);
                    _scope.Add(token);
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
            "clear" => ParseClear(directive, tokens),
            "typemap" => ParseTypemap(directive, tokens),
            "inline" => ParseInline(directive, tokens),
            "extend" => ParseExtend(directive, tokens, path),
            "exception" => ParseException(directive, tokens, enabled: true),
            "noexception" => ParseException(directive, tokens, enabled: false),
            "insert" or "header" or "begin" or "runtime" or "wrapper" or "init" => ParseInsert(directive, tokens),
            "constant" => ParseConstant(directive, tokens),
            "warnfilter" => ParseWarnFilter(directive, tokens),
            "pragma" => ParsePragma(directive, tokens),
            _ when FeatureAliases.TryGetValue(directive.Text, out var alias) => ParseFeatureAlias(directive, tokens, alias),
            _ => ParseOtherDirective(directive, tokens),
        };
        if (!parsed)
        {
            SkipStatement(tokens);
        }
    }

    /// <summary>
    /// After an error, skips to the end of the directive: past its ';' or its '{ }' or '%{ %}' body, or up to the next
    /// directive when neither comes first, so a bad directive's body never reads as more errors.
    /// </summary>
    private static void SkipStatement(InterfaceTokenStream tokens)
    {
        var depth = 0;
        while (true)
        {
            var next = tokens.Peek();
            if (next.Kind == InterfaceTokenKind.End || (depth == 0 && (next.Kind == InterfaceTokenKind.Directive || next.IsPunctuation("}"))))
            {
                return;
            }
            tokens.Next();
            if (next.Kind == InterfaceTokenKind.Verbatim && depth == 0)
            {
                tokens.Accept(";");
                return;
            }
            if (next.IsPunctuation("{") || next.IsPunctuation("("))
            {
                depth++;
            }
            else if ((next.IsPunctuation("}") || next.IsPunctuation(")")) && depth > 0)
            {
                depth--;
                if (depth == 0 && next.IsPunctuation("}"))
                {
                    tokens.Accept(";");
                    return;
                }
            }
            else if (next.IsPunctuation(";") && depth == 0)
            {
                return;
            }
        }
    }

    /// <summary>A target written inside a class or namespace of the interface file is qualified with it, as SWIG does.</summary>
    private DeclarationTarget InScope(DeclarationTarget target)
    {
        var scope = _extendClass ?? _scope.QualifiedScope;
        return scope.Length == 0 || target.Quoted || target.AnyScope || target.Global ? target : target with { Name = scope + "::" + target.Name };
    }
}
