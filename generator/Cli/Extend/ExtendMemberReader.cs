using System.Text.RegularExpressions;
using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Cli.Extend;

/// <summary>
/// Splits an <c>%extend</c> body into its members (each a head and a body at brace depth zero) and reads each head's
/// name, result, parameters and qualifiers; the helper's signature is then parsed by libclang. What SWIG allows but
/// this tool does not build is refused at the member's line with what to write instead.
/// </summary>
internal static partial class ExtendMemberReader
{
    private static readonly HashSet<string> DroppedSpecifiers = new(StringComparer.Ordinal) { "virtual", "inline", "explicit", "constexpr" };

    public static List<ExtendMember> Read(ExtendDirective directive, string helperPrefix, DiagnosticBag diagnostics)
    {
        var text = directive.Members.Text;
        var members = new List<ExtendMember>();
        var position = 0;
        while (SkipSpace(text, position) is var start && start < text.Length)
        {
            if (AccessLabel().Match(text, start) is { Success: true } label)
            {
                position = start + label.Length; // SWIG reads every %extend member as public
                continue;
            }
            var location = LocationAt(directive.Members, start);
            var (headEnd, bodyEnd) = ScanMember(text, start);
            var head = text[start..headEnd].Trim();
            position = bodyEnd < text.Length && text[bodyEnd] == ';' ? bodyEnd + 1 : bodyEnd;
            // 'using Base::name;' undoes hiding in C++; a C# proxy already inherits its wrapped base's members.
            if (head.Length == 0 || (headEnd == bodyEnd && head.StartsWith("using ", StringComparison.Ordinal)))
            {
                continue;
            }
            var helper = $"{helperPrefix}_{members.Count}";
            var member = headEnd == bodyEnd && !head.Contains('(')
                ? ExtendVariableReader.Read(directive, head, helper, location, diagnostics)
                : Member(directive, head, text[headEnd..bodyEnd], helper, location, diagnostics);
            if (member is not null)
            {
                members.Add(member);
            }
        }
        return members;
    }

    private static ExtendMember? Member(ExtendDirective directive, string head, string body, string helper, SourceLocation location, DiagnosticBag diagnostics)
    {
        var className = ShortName(directive.ClassName);
        ExtendMember? Refuse(string why)
        {
            diagnostics.Error(DiagnosticIds.UnsupportedDirective, location, $"'{Shorten(head)}' in %extend {directive.ClassName}: {why}");
            return null;
        }
        if (head.StartsWith("template", StringComparison.Ordinal) || head.StartsWith("friend", StringComparison.Ordinal))
        {
            return Refuse("member templates, friends and '= default/delete' are not supported in %extend; write an ordinary member with a body");
        }
        var open = ParameterListStart(head);
        var close = open < 0 ? -1 : Matching(head, open, '(', ')');
        if (open < 0 || close < 0)
        {
            return Refuse("expected a member function with a parameter list and a body");
        }
        var isConst = false;
        var isNoexcept = false;
        foreach (var word in head[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (word)
            {
                case "const":
                    isConst = true;
                    break;
                case "noexcept" or "noexcept(true)" or "throw()":
                    isNoexcept = true;
                    break;
                case "override" or "final":
                    break;
                default:
                    return Refuse($"the qualifier '{word}' is not supported on an %extend member (const and noexcept are)");
            }
        }
        var prefix = head[..open].Trim();
        var isStatic = false;
        while (LeadingWord().Match(prefix) is { Success: true } lead && (lead.Groups[1].Value == "static" || DroppedSpecifiers.Contains(lead.Groups[1].Value)))
        {
            isStatic |= lead.Groups[1].Value == "static";
            prefix = prefix[lead.Length..].TrimStart();
        }
        string name, returnType;
        // A constructor or destructor may be named with the instantiation's arguments: AT<double>(double i).
        var angle = prefix.IndexOf('<', StringComparison.Ordinal);
        if (angle > 0 && prefix.EndsWith('>') && prefix[..angle].Trim().TrimStart('~').Trim() == className)
        {
            prefix = prefix[..angle].Trim();
        }
        if (OperatorName().Match(prefix) is { Success: true } op)
        {
            name = "operator" + op.Groups[2].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            returnType = op.Groups[1].Value.Trim();
        }
        else if (TrailingName().Match(prefix) is { Success: true } last)
        {
            name = last.Groups[2].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            returnType = last.Groups[1].Value.Trim();
        }
        else
        {
            return Refuse("cannot find the member's name");
        }
        var parameters = head[(open + 1)..close].Trim();
        parameters = parameters == "void" ? string.Empty : parameters;
        var code = SelfVariable().Replace(body, "self");
        ExtendMemberKind kind;
        if (name.StartsWith('~'))
        {
            if (name[1..] != className || parameters.Length > 0 || isStatic)
            {
                return Refuse($"a destructor of %extend {directive.ClassName} is written ~{className}() {{ ... }}");
            }
            kind = ExtendMemberKind.Destructor;
        }
        else if (returnType.Length == 0)
        {
            if (name != className || isStatic)
            {
                return Refuse(name.StartsWith("operator", StringComparison.Ordinal)
                    ? "conversion operators are not supported in %extend; write a method that returns the value (int toInt() const { ... })"
                    : $"a member needs a result type; a constructor is named like the class ({className})");
            }
            kind = ExtendMemberKind.Constructor;
        }
        else
        {
            kind = isStatic ? ExtendMemberKind.StaticMethod : ExtendMemberKind.Method;
        }
        var forward = body.Length > 0 ? null : Forward(directive, kind, name);
        if (body.Length == 0 && forward is null)
        {
            return Refuse("a member declared without a body calls SWIG's function for it (Class_name, new_Class, delete_Class), which only a plain class and a named member have; give the member its body { ... }");
        }
        return new ExtendMember(kind, name, returnType, parameters, isConst && kind == ExtendMemberKind.Method, isNoexcept, code, helper, location) { Forward = forward, IsStatic = isStatic };
    }

    /// <summary>SWIG's function a member declared without a body calls, which the interface file's own code defines.</summary>
    private static string? Forward(ExtendDirective directive, ExtendMemberKind kind, string name)
    {
        if (Mangled(directive.ClassName) is not { } mangled || name.StartsWith("operator", StringComparison.Ordinal))
        {
            return null;
        }
        return kind switch
        {
            ExtendMemberKind.Constructor => $"::new_{mangled}",
            ExtendMemberKind.Destructor => $"::delete_{mangled}",
            _ => $"::{mangled}_{name}",
        };
    }

    /// <summary>SWIG's prefix of a class's functions: its qualified name with '_' for '::'; none for a template instantiation.</summary>
    public static string? Mangled(string className) =>
        className.Contains('<') ? null : className.TrimStart(':').Replace("::", "_", StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>The class's own name, as its constructor is named: <c>ns::Foo&lt;0&gt;</c> gives <c>Foo</c>.</summary>
    public static string ShortName(string className)
    {
        var angle = className.IndexOf('<', StringComparison.Ordinal);
        var plain = angle < 0 ? className : className[..angle];
        var colon = plain.LastIndexOf("::", StringComparison.Ordinal);
        return (colon < 0 ? plain : plain[(colon + 2)..]).Trim();
    }

    // The '(' of the parameter list: the first at depth zero, or the second after 'operator' in 'operator()(...)'.
    private static int ParameterListStart(string head)
    {
        var open = IndexAtDepthZero(head, 0, '(');
        if (open >= 0 && OperatorCall().IsMatch(head[..open]) && head[(open + 1)..].TrimStart().StartsWith(')'))
        {
            var afterCall = head.IndexOf(')', open) + 1;
            return IndexAtDepthZero(head, afterCall, '(');
        }
        return open;
    }

    private static int IndexAtDepthZero(string text, int from, char wanted)
    {
        for (var i = from; i < text.Length; i = Next(text, i))
        {
            if (text[i] == wanted)
            {
                return i;
            }
        }
        return -1;
    }

    private static int Matching(string text, int open, char opening, char closing)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i = Next(text, i))
        {
            depth += text[i] == opening ? 1 : text[i] == closing ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }
        return -1;
    }

    // The end of a member's head (its body's '{', or its ';') and of the member (after the body's '}', or at the ';').
    private static (int HeadEnd, int End) ScanMember(string text, int start)
    {
        var parens = 0;
        for (var i = start; i < text.Length; i = Next(text, i))
        {
            switch (text[i])
            {
                case '(':
                    parens++;
                    break;
                case ')':
                    parens--;
                    break;
                case ';' when parens == 0:
                    return (i, i);
                case '{' when parens == 0:
                    var close = Matching(text, i, '{', '}');
                    return (i, close < 0 ? text.Length : close + 1);
            }
        }
        return (text.Length, text.Length);
    }

    // The index after the character at i, stepping over a whole string or character literal.
    private static int Next(string text, int i)
    {
        if (text[i] is not ('"' or '\''))
        {
            return i + 1;
        }
        var quote = text[i];
        for (var j = i + 1; j < text.Length; j++)
        {
            if (text[j] == '\\')
            {
                j++;
            }
            else if (text[j] == quote)
            {
                return j + 1;
            }
        }
        return text.Length;
    }

    private static int SkipSpace(string text, int position)
    {
        while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] == ';'))
        {
            position++;
        }
        return position;
    }

    /// <summary>Where the character at <paramref name="offset"/> of the body stands in the interface file.</summary>
    public static SourceLocation LocationAt(InterfaceCode code, int offset)
    {
        var before = LinesBefore(code.Text, offset);
        return before.Lines == 0
            ? code.Location with { Column = code.Location.Column + offset }
            : code.Location with { Line = code.Location.Line + before.Lines, Column = offset - before.LastLineStart + 1 };
    }

    private static (int Lines, int LastLineStart) LinesBefore(string text, int offset)
    {
        var lines = 0;
        var lastStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                lines++;
                lastStart = i + 1;
            }
        }
        return (lines, lastStart);
    }

    public static string Shorten(string head)
    {
        var single = Regex.Replace(head, @"\s+", " ");
        return single.Length <= 80 ? single : single[..77] + "...";
    }

    [GeneratedRegex(@"\G(?:public|protected|private)\s*:(?!:)")]
    private static partial Regex AccessLabel();

    [GeneratedRegex(@"^([A-Za-z_]\w*)\b")]
    private static partial Regex LeadingWord();

    [GeneratedRegex(@"^(.*?)\boperator\b\s*(\S.*)$", RegexOptions.Singleline)]
    private static partial Regex OperatorName();

    [GeneratedRegex(@"\boperator\s*$")]
    private static partial Regex OperatorCall();

    [GeneratedRegex(@"^(.*?)((?:~\s*)?[A-Za-z_]\w*)$", RegexOptions.Singleline)]
    internal static partial Regex TrailingName();

    [GeneratedRegex(@"\$self\b")]
    private static partial Regex SelfVariable();
}
