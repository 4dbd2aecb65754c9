using System.Collections.Immutable;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// SWIG's preprocessor over one interface file, between the scanner and the parser: it runs the <c>#</c> lines
/// (<c>#define</c>, <c>#undef</c>, <c>#if</c> and its kin, <c>#error</c>, <c>#warning</c>, <c>#pragma SWIG nowarn</c>),
/// records <c>%define ... %enddef</c> macros, and expands macros where the parser would see their names. The text of
/// <c>%{ %}</c> blocks is never touched. Tokens a macro made stand at its call site and name the macro
/// (<see cref="SourceLocation.Via"/>), so every diagnostic still points into the text the user wrote.
/// </summary>
internal sealed partial class SwigPreprocessor
{
    private readonly InterfaceScanner _scanner;
    private readonly MacroTable _macros;
    private readonly DiagnosticBag _diagnostics;
    private readonly Stack<Conditional> _conditionals = new();
    private readonly TokenQueue _queue;

    /// <summary>One open <c>#if</c>: where it stands, whether a branch was taken, and whether <c>#else</c> was seen.</summary>
    private sealed class Conditional(SourceLocation location)
    {
        public SourceLocation Location { get; } = location;

        public bool Taken { get; set; }

        public bool SeenElse { get; set; }
    }

    public SwigPreprocessor(InterfaceScanner scanner, MacroTable macros, DiagnosticBag diagnostics)
    {
        _scanner = scanner;
        _macros = macros;
        _diagnostics = diagnostics;
        _queue = new TokenQueue(() => new Pending(_scanner.Next(), ImmutableHashSet<string>.Empty));
    }

    /// <summary>SWIG warning numbers or names a <c>#pragma SWIG nowarn=...</c> line turned off, with the line's place.</summary>
    public List<(string Warning, SourceLocation Location)> NoWarnPragmas { get; } = [];

    public InterfaceToken Next()
    {
        while (true)
        {
            var pending = _queue.Next();
            var token = pending.Token;
            if (token.LineStart && token.IsPunctuation("#") && pending.Hidden.IsEmpty)
            {
                RunLine(token);
                continue;
            }
            if (token.Kind == InterfaceTokenKind.Directive && token.Text == "define")
            {
                DefineBlock(token);
                continue;
            }
            if (token.Kind == InterfaceTokenKind.Directive && token.Text == "enddef")
            {
                _diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, token.Location, "%enddef without a %define before it");
                continue;
            }
            if (TryExpand(pending, _queue))
            {
                continue;
            }
            if (token.Kind == InterfaceTokenKind.End)
            {
                CloseConditionals();
            }
            return token;
        }
    }

    /// <summary>Puts tokens the parser read ahead back in front, first one first, to be looked at again.</summary>
    public void Unread(IReadOnlyList<InterfaceToken> tokens) =>
        _queue.PushFront(tokens.Select(t => new Pending(t, ImmutableHashSet<string>.Empty)).ToList());

    /// <summary>One <c>#</c> line in a group that is read.</summary>
    private void RunLine(InterfaceToken hash)
    {
        var name = _scanner.ReadDirectiveName();
        var afterName = _scanner.Here;
        switch (name)
        {
            case "define":
                if (MacroParser.Parse(LineTokens(), afterName, _diagnostics) is { } macro)
                {
                    _macros.Define(macro);
                }
                break;
            case "undef":
                var undefined = LineTokens();
                if (undefined.Count == 1 && undefined[0].Kind is InterfaceTokenKind.Identifier or InterfaceTokenKind.Directive)
                {
                    _macros.Undefine(MacroName(undefined[0]));
                }
                else
                {
                    _diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, undefined.Count > 0 ? undefined[0].Location : hash.Location, "#undef needs one macro name");
                }
                break;
            case "if" or "ifdef" or "ifndef":
                var conditional = new Conditional(hash.Location);
                _conditionals.Push(conditional);
                conditional.Taken = Condition(name, LineTokens(), afterName);
                if (!conditional.Taken)
                {
                    SkipGroup();
                }
                break;
            case "elif" or "else":
                // Reached from a group that was read: the conditional's branch was taken, so the rest is skipped.
                if (CheckBranch(name, hash))
                {
                    _scanner.RestOfLine();
                    SkipGroup();
                }
                break;
            case "endif":
                _scanner.RestOfLine();
                if (!_conditionals.TryPop(out _))
                {
                    _diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, hash.Location, "#endif without an #if before it");
                }
                break;
            case "error":
                _diagnostics.Error(DiagnosticIds.ErrorDirective, hash.Location, $"#error {_scanner.RestOfLine()}");
                break;
            case "warning":
                _diagnostics.Warning(DiagnosticIds.WarningDirective, hash.Location, $"#warning {_scanner.RestOfLine()}");
                break;
            case "include" or "import" or "include_next":
                _diagnostics.Warning(DiagnosticIds.IncludeLineIgnored, hash.Location,
                    $"'#{name} {_scanner.RestOfLine()}' is ignored, as SWIG ignores it: use %include to wrap a header, or a %{{ #include ... %}} block to compile it into the shim");
                break;
            case "pragma":
                Pragma(hash, _scanner.RestOfLine());
                break;
            case "" or "line" or "ident" or "sccs":
                _scanner.RestOfLine();
                break;
            default:
                if (char.IsAsciiDigit(name[0]))
                {
                    _scanner.RestOfLine(); // A line marker ('# 12 "file"'), as a C preprocessor writes them.
                    break;
                }
                _scanner.RestOfLine();
                _diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, hash.Location,
                    $"unknown preprocessor line '#{name}'; interface files understand #define, #undef, #if, #ifdef, #ifndef, #elif, #else, #endif, #error, #warning and #pragma");
                break;
        }
    }

    /// <summary><c>#pragma SWIG nowarn=401,SWIGWARN_PARSE_KEYWORD</c> turns SWIG warnings off; other pragmas are for compilers, and ignored.</summary>
    private void Pragma(InterfaceToken hash, string text)
    {
        var words = text.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || words[0] != "SWIG")
        {
            return;
        }
        var setting = words[1].Trim();
        if (setting.StartsWith("nowarn", StringComparison.Ordinal) && setting.IndexOf('=') is var equals and > 0)
        {
            foreach (var warning in setting[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var name = warning.TrimStart('+', '-');
                if (name.Length == 0 || !(name.All(char.IsAsciiDigit) || InterfaceParser.IsIdentifier(name)))
                {
                    _diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, hash.Location, $"'{warning}' in '#pragma SWIG nowarn=' is not a SWIG warning number or name such as 401 or SWIGWARN_PARSE_KEYWORD");
                    continue;
                }
                NoWarnPragmas.Add((warning, hash.Location));
            }
            return;
        }
        _diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, hash.Location,
            $"'#pragma SWIG {setting}' is not understood; the SWIG pragma interface files may hold is 'nowarn=<numbers>'");
    }

    /// <summary>The tokens of the rest of a <c>#</c> line, unexpanded.</summary>
    private List<InterfaceToken> LineTokens()
    {
        var tokens = new List<InterfaceToken>();
        while (true)
        {
            var token = _queue.Peek().Token;
            if (token.LineStart || token.Kind == InterfaceTokenKind.End)
            {
                return tokens;
            }
            tokens.Add(_queue.Next().Token);
        }
    }

    private static string MacroName(InterfaceToken token) => token.Kind == InterfaceTokenKind.Directive ? "%" + token.Text : token.Text;

    /// <summary><c>%define NAME(params) body %enddef</c>: the body is every token up to <c>%enddef</c>, lines and all.</summary>
    private void DefineBlock(InterfaceToken directive)
    {
        var tokens = new List<InterfaceToken>();
        while (true)
        {
            var token = _queue.Next().Token;
            if (token.Kind == InterfaceTokenKind.End)
            {
                _diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, directive.Location, "%define has no %enddef");
                _queue.PushFront([new Pending(token, ImmutableHashSet<string>.Empty)]);
                return;
            }
            if (token.Kind == InterfaceTokenKind.Directive && token.Text == "enddef")
            {
                break;
            }
            tokens.Add(token);
        }
        // The name and parameters are on the %define line; a body may start on the same line.
        if (tokens.Count > 0)
        {
            tokens[0] = tokens[0] with { LineStart = false };
        }
        if (MacroParser.Parse(tokens, directive.End, _diagnostics) is { } macro)
        {
            _macros.Define(macro);
        }
    }

    private void CloseConditionals()
    {
        while (_conditionals.TryPop(out var open))
        {
            _diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, open.Location, "#if has no #endif before the end of the file");
        }
    }
}
