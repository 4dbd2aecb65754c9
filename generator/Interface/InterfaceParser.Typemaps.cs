using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

// %typemap and %clear: the part of SWIG's typemaps this tool takes (TypemapUse), and refusals naming what to use instead.
public sealed partial class InterfaceParser
{
    private const string TypemapAdvice =
        "marshalling is built in here; for pointers and references use %apply (double INPUT[3], int *OUTPUT, OUTPUT, INOUT), for a type of your own give the C# set (ctype, imtype, cstype, in, out, csin, csout), and to change a call %extend the class with a C++ member (see docs/swig.md)";

    private static readonly Dictionary<string, TypemapUse> TypemapMethods = new(StringComparer.Ordinal)
    {
        ["cscode"] = TypemapUse.ProxyText, ["csimports"] = TypemapUse.ProxyText, ["csclassmodifiers"] = TypemapUse.ProxyText,
        ["csinterfaces"] = TypemapUse.ProxyText, ["csinterfaces_derived"] = TypemapUse.ProxyText, ["csbase"] = TypemapUse.ProxyText,
        ["csattributes"] = TypemapUse.ProxyText,
        ["ctype"] = TypemapUse.CustomType, ["imtype"] = TypemapUse.CustomType, ["cstype"] = TypemapUse.CustomType,
        ["in"] = TypemapUse.CustomType, ["out"] = TypemapUse.CustomType, ["csin"] = TypemapUse.CustomType, ["csout"] = TypemapUse.CustomType,
        ["throws"] = TypemapUse.Throws,
    };

    /// <summary>The methods a C# type of the user's own needs, all of them.</summary>
    internal static readonly string[] CustomTypeSet = ["ctype", "imtype", "cstype", "in", "out", "csin", "csout"];

    private bool ParseTypemap(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        const string usage = "%typemap(method) type %{ code %}";
        if (!Expect(tokens, "(", $"expected '(' after %typemap: {usage}"))
        {
            return false;
        }
        var method = tokens.Next();
        if (method.Kind is not (InterfaceTokenKind.Identifier or InterfaceTokenKind.String))
        {
            tokens.PushBack(method);
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, method.Location, $"expected a typemap method such as cscode, found '{method}': {usage}");
            return false;
        }
        var attributes = new List<KeyValuePair<string, string>>();
        while (tokens.Accept(","))
        {
            if (tokens.Peek().Kind != InterfaceTokenKind.Identifier)
            {
                _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, tokens.Peek().Location, $"expected name=\"value\" in %typemap(...): {usage}");
                return false;
            }
            if (ParseAttribute(tokens.Next(), tokens, usage) is not { } attribute)
            {
                return false;
            }
            attributes.Add(attribute);
        }
        if (!Expect(tokens, ")", $"expected ')' in %typemap(...): {usage}") || ParseTypemapPatterns(directive, tokens) is not { } patterns)
        {
            return false;
        }
        if (!TypemapMethods.TryGetValue(method.Text, out var use))
        {
            _diagnostics.Error(DiagnosticIds.UnsupportedDirective, directive.Location, $"%typemap({method.Text}) is not supported: {TypemapAdvice}");
            return false;
        }
        var next = tokens.Peek();
        InterfaceCode? code = null;
        if (next.Kind == InterfaceTokenKind.Verbatim)
        {
            tokens.Next();
            tokens.Accept(";");
            code = new InterfaceCode(next.Text, next.BodyLocation);
        }
        else if (next.Kind == InterfaceTokenKind.String)
        {
            tokens.Next();
            tokens.Accept(";");
            if (!KeepsBlockOpen(next))
            {
                return false;
            }
            code = new InterfaceCode(next.Text, next.Location);
        }
        else if (next.IsPunctuation("{"))
        {
            if (ReadBracedCode(tokens) is not { } braced)
            {
                return false;
            }
            code = braced;
        }
        else if (next.IsPunctuation("="))
        {
            _diagnostics.Error(DiagnosticIds.UnsupportedDirective, next.Location,
                $"copying a typemap (%typemap({method.Text}) new = existing;) is not supported: %apply existing {{ new }}; applies every rule of a type at once");
            return false;
        }
        else if (!ExpectSemicolon(tokens))
        {
            return false;
        }
        _result.AddTypemap(new TypemapDirective(method.Text, use, attributes, patterns, code, directive.Location));
        return true;
    }

    /// <summary>Reads <c>pattern, (multi, pattern), ...</c> up to the code, '=' or ';' that follows.</summary>
    private List<IReadOnlyList<ApplyTarget>>? ParseTypemapPatterns(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        var patterns = new List<IReadOnlyList<ApplyTarget>>();
        var current = new List<InterfaceToken>();
        var depth = 0;
        while (true)
        {
            var next = tokens.Peek();
            var ends = depth == 0 && (next.IsPunctuation("{") || next.IsPunctuation("=") || next.IsPunctuation(";") || next.Kind == InterfaceTokenKind.String);
            if (ends || next.Kind is InterfaceTokenKind.Verbatim or InterfaceTokenKind.End or InterfaceTokenKind.Directive or InterfaceTokenKind.Error)
            {
                if (current.Count == 0)
                {
                    if (next.Kind != InterfaceTokenKind.Error)
                    {
                        _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, next.Location, $"expected a type the typemap applies to before '{next}'");
                    }
                    return null;
                }
                patterns.Add(TypemapPattern(current));
                return patterns;
            }
            tokens.Next();
            if (depth == 0 && next.IsPunctuation(","))
            {
                if (current.Count == 0)
                {
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, next.Location, "expected a type before ','");
                    return null;
                }
                patterns.Add(TypemapPattern(current));
                current = [];
                continue;
            }
            depth += next.IsPunctuation("(") || next.IsPunctuation("<") || next.IsPunctuation("[") ? 1
                : next.IsPunctuation(")") || next.IsPunctuation(">") || next.IsPunctuation("]") ? -1 : 0;
            current.Add(next);
        }
    }

    /// <summary>One pattern: <c>type [name]</c>, or <c>(type name, type name)</c> for several parameters at once.</summary>
    private static List<ApplyTarget> TypemapPattern(List<InterfaceToken> tokens)
    {
        if (tokens.Count >= 2 && tokens[0].IsPunctuation("(") && tokens[^1].IsPunctuation(")"))
        {
            var parts = new List<ApplyTarget>();
            var part = new List<InterfaceToken>();
            var depth = 0;
            foreach (var token in tokens[1..^1])
            {
                if (depth == 0 && token.IsPunctuation(","))
                {
                    if (part.Count > 0)
                    {
                        parts.Add(Target(part));
                    }
                    part = [];
                    continue;
                }
                depth += token.IsPunctuation("<") || token.IsPunctuation("(") ? 1 : token.IsPunctuation(">") || token.IsPunctuation(")") ? -1 : 0;
                part.Add(token);
            }
            if (part.Count > 0)
            {
                parts.Add(Target(part));
            }
            if (parts.Count > 0)
            {
                return parts;
            }
        }
        return [Target(tokens)];
    }

    /// <summary><c>%clear pattern, ...;</c>: drops the %apply rules read so far for those parameters.</summary>
    private bool ParseClear(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        if (ParseTypemapPatterns(directive, tokens) is not { } patterns || !ExpectSemicolon(tokens))
        {
            return false;
        }
        var cleared = patterns.SelectMany(p => p).Select(t => t.ToString()).ToHashSet(StringComparer.Ordinal);
        _result.ClearApplies(cleared);
        return true;
    }

    /// <summary>
    /// A C# type of the user's own needs every typemap of <see cref="CustomTypeSet"/> for the same pattern: one alone
    /// would change a piece of marshalling this tool writes whole. An incomplete set is refused at its first typemap.
    /// </summary>
    private void CheckCustomTypes()
    {
        var sets = _result.Typemaps.Where(t => t.Use == TypemapUse.CustomType && t.Code is not null)
            .SelectMany(t => t.Patterns.Select(p => (Pattern: string.Join(", ", p), Typemap: t)))
            .GroupBy(x => x.Pattern, StringComparer.Ordinal);
        foreach (var set in sets)
        {
            var methods = set.Select(x => x.Typemap.Method).ToHashSet(StringComparer.Ordinal);
            var missing = CustomTypeSet.Where(m => !methods.Contains(m)).ToList();
            if (missing.Count > 0)
            {
                var first = set.First().Typemap;
                _diagnostics.Error(DiagnosticIds.UnsupportedDirective, first.Location,
                    $"%typemap({string.Join(", ", methods.Order(StringComparer.Ordinal))}) for '{set.Key}' without {string.Join(", ", missing)}: changing part of how a type crosses is not supported; a C# type of your own needs the whole set ({string.Join(", ", CustomTypeSet)}), otherwise use %apply for a built-in kind");
            }
        }
    }
}
