using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

// %constant, %warnfilter, %pragma, and the directives this tool refuses on purpose.
public sealed partial class InterfaceParser
{
    private bool ParseConstant(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        const string usage = "%constant int NAME = value; or %constant NAME = value;";
        var left = new List<InterfaceToken>();
        while (!tokens.Peek().IsPunctuation("=") && !tokens.Peek().IsPunctuation(";") && !tokens.AtStatementStart)
        {
            left.Add(tokens.Next());
        }
        if (!tokens.Accept("="))
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, tokens.Peek().Location, $"expected '=' and a value in %constant: {usage}");
            return false;
        }
        if (left.Count == 0 || left[^1].Kind != InterfaceTokenKind.Identifier)
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, left.Count == 0 ? directive.End : left[^1].Location, $"expected the constant's name before '=': {usage}");
            return false;
        }
        var value = new List<InterfaceToken>();
        while (!tokens.Peek().IsPunctuation(";") && !tokens.AtStatementStart)
        {
            value.Add(tokens.Next());
        }
        if (value.Count == 0)
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, tokens.Peek().Location, $"expected the constant's value after '=': {usage}");
            return false;
        }
        if (!ExpectSemicolon(tokens) || !CheckName(left[^1].Text, left[^1]))
        {
            return false;
        }
        var type = left.Count > 1 ? JoinCpp(left[..^1]) : null;
        _result.AddConstant(new ConstantDirective(left[^1].Text, type, JoinCpp(value), directive.Location));
        return true;
    }

    private bool ParseWarnFilter(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        const string usage = "%warnfilter(401, SWIGWARN_PARSE_KEYWORD) [target];";
        if (!Expect(tokens, "(", $"expected '(' after %warnfilter: {usage}"))
        {
            return false;
        }
        var warnings = new List<string>();
        while (true)
        {
            var sign = tokens.Peek().IsPunctuation("-") || tokens.Peek().IsPunctuation("+") ? tokens.Next().Text : string.Empty;
            var token = tokens.Next();
            if (token.Kind is not (InterfaceTokenKind.Number or InterfaceTokenKind.Identifier or InterfaceTokenKind.String))
            {
                tokens.PushBack(token);
                if (token.Kind != InterfaceTokenKind.Error)
                {
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, token.Location, $"expected a SWIG warning number or name, found '{token}': {usage}");
                }
                return false;
            }
            // A string holds a list: %warnfilter("401,402").
            warnings.AddRange((sign + token.Text).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (tokens.Accept(")"))
            {
                break;
            }
            if (!Expect(tokens, ",", $"expected ',' or ')' in %warnfilter: {usage}"))
            {
                return false;
            }
        }
        if (!OptionalTarget(directive, tokens, out var target))
        {
            return false;
        }
        AddWarningFilter(warnings, target, directive.Location);
        return true;
    }

    private void AddWarningFilter(List<string> warnings, DeclarationTarget? target, SourceLocation location)
    {
        var mapped = warnings.Where(w => !w.StartsWith('+')).Select(SwigWarnings.Map).OfType<DiagnosticId>().Distinct().ToList();
        _result.AddWarningFilter(new WarningFilterDirective(warnings, mapped, target, location));
    }

    /// <summary><c>%pragma(csharp) name="value"</c> or <c>name=%{ code %}</c>; pragmas of other languages are SWIG's business only.</summary>
    private bool ParsePragma(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        const string usage = "%pragma(csharp) modulecode=%{ ... %}";
        string? language = null;
        if (tokens.Accept("("))
        {
            var name = tokens.Next();
            if (name.Kind != InterfaceTokenKind.Identifier || !Expect(tokens, ")", $"expected ')' after the language: {usage}"))
            {
                if (name.Kind != InterfaceTokenKind.Identifier)
                {
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, name.Location, $"expected a language name in %pragma(...): {usage}");
                }
                return false;
            }
            language = name.Text;
        }
        var setting = tokens.Next();
        if (setting.Kind != InterfaceTokenKind.Identifier)
        {
            tokens.PushBack(setting);
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, setting.Location, $"expected a pragma name: {usage}");
            return false;
        }
        string value = string.Empty;
        if (tokens.Accept("="))
        {
            var body = tokens.Next();
            if (body.Kind is not (InterfaceTokenKind.String or InterfaceTokenKind.Verbatim or InterfaceTokenKind.Identifier or InterfaceTokenKind.Number))
            {
                tokens.PushBack(body);
                _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, body.Location, $"expected the pragma's value after '=': {usage}");
                return false;
            }
            if (!KeepsBlockOpen(body))
            {
                return false;
            }
            value = body.Text;
        }
        tokens.Accept(";");
        if (language == "csharp")
        {
            _result.AddPragma(new PragmaDirective(setting.Text, value, directive.Location));
        }
        return true;
    }

    // Directives of SWIG's other target languages, by the prefix of their names.
    private static readonly (string Prefix, string Language, string Macro)[] OtherLanguagePrefixes =
    [
        ("java", "Java", "SWIGJAVA"), ("python", "Python", "SWIGPYTHON"), ("ruby", "Ruby", "SWIGRUBY"), ("perl", "Perl", "SWIGPERL"),
        ("php", "PHP", "SWIGPHP"), ("lua", "Lua", "SWIGLUA"), ("octave", "Octave", "SWIGOCTAVE"), ("scilab", "Scilab", "SWIGSCILAB"),
        ("guile", "Guile", "SWIGGUILE"), ("ocaml", "OCaml", "SWIGOCAML"), ("tcl", "Tcl", "SWIGTCL"), ("js", "JavaScript", "SWIGJAVASCRIPT"),
        ("go", "Go", "SWIGGO"), ("d", "D", "SWIGD"), ("r", "R", "SWIGR"),
    ];

    // SWIG directives refused on purpose, with what to do instead.
    private static readonly Dictionary<string, string> Refused = new(StringComparer.Ordinal)
    {
        ["shared_ptr"] = "std::shared_ptr is not wrapped by this tool; wrap the class itself (ITK-style reference counting is built in)",
        ["intrusive_ptr"] = "boost::intrusive_ptr is not wrapped by this tool; wrap the class itself",
        ["contract"] = "contracts are not generated; write the checks in C++ (in the library or an %extend member)",
        ["native"] = "a native wrapper is SWIG's target-language C API; write the function in C++ and wrap it",
        ["varargs"] = "variadic functions are not wrapped; %extend the class (or %inline a function) with a fixed parameter list",
        ["nestedworkaround"] = "it is obsolete in SWIG too; nested classes are read as they are declared",
        ["fragment"] = "fragments feed SWIG's typemaps, which this tool does not use; put the code in a %{ %} block",
        ["init"] = "the module has no initialization function to put code in; use a C++ static initializer inside %{ %}, or call the code from C#",
        ["insert_file"] = "inserting a file is not supported; #include it from a %{ %} block",
        ["trackobjects"] = "object tracking is SWIG's Ruby feature; proxies here are tracked by their SafeHandle",
        ["attribute"] = "SWIG's attribute.i is not provided; write a C++ getter and setter pair (they become a C# property)",
    };

    private bool ParseOtherDirective(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        switch (directive.Text)
        {
            case "newobject":
                return ParseNewObject(directive, tokens, enabled: true);
            case "nonewobject":
                return ParseNewObject(directive, tokens, enabled: false);
            case "immutable":
                return ParseImmutable(directive, tokens, immutable: true);
            case "mutable" or "noimmutable":
                return ParseImmutable(directive, tokens, immutable: false);
            case var name when ClassFeatures.TryGetValue(name, out var feature):
                return ParseClassFeature(directive, tokens, feature.Feature, feature.Enabled);
            case var name when Refused.TryGetValue(name, out var reason):
                _diagnostics.Error(DiagnosticIds.UnsupportedDirective, directive.Location, $"%{name} is not supported: {reason}");
                return false;
        }
        foreach (var (prefix, language, macro) in OtherLanguagePrefixes)
        {
            if (directive.Text.StartsWith(prefix, StringComparison.Ordinal) && directive.Text.Length > prefix.Length + 2)
            {
                _diagnostics.Error(DiagnosticIds.UnknownInterfaceDirective, directive.Location,
                    $"unknown directive '%{directive.Text}': if it is one of SWIG's {language} module, a C# binding has no use for it; put it inside #ifdef {macro} ... #endif");
                return false;
            }
        }
        _diagnostics.Error(DiagnosticIds.UnknownInterfaceDirective, directive.Location,
            $"unknown directive '%{directive.Text}'; supported: %module, %include, %import, %template, %rename, %ignore, %thread, %nothread, %feature, %apply, %clear, %typemap, %inline, %extend, %exception, %newobject, %immutable, %mutable, %nodefaultctor, %nodefaultdtor, %copyctor, %constant, %warnfilter, %pragma, %insert, %header, %begin, %runtime, %wrapper, %define, %{{ %}} (see docs/swig.md)");
        // A block right after an unknown directive is its body (as in '%foo("x") %{ ... %}'), not shim text.
        if (tokens.Peek().IsPunctuation("("))
        {
            ReadBalanced(tokens, "(", ")");
        }
        if (tokens.Peek().Kind == InterfaceTokenKind.Verbatim)
        {
            tokens.Next();
            tokens.Accept(";");
            return true;
        }
        return false;
    }
}
