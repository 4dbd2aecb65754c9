using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

// Directives that carry C++: %inline, %extend, %exception, and SWIG's shim sections (%insert, %header, %begin, ...).
public sealed partial class InterfaceParser
{
    // The class an %extend body belongs to, while it is read: directives inside it are qualified with it.
    private string? _extendClass;

    private bool ParseInline(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        if (_scope.Depth > 0)
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, directive.Location,
                "%inline inside a namespace or class is not allowed (SWIG refuses it too): move it to the file's top level");
            return false;
        }
        var next = tokens.Peek();
        if (next.Kind == InterfaceTokenKind.Verbatim)
        {
            tokens.Next();
            _result.AddVerbatimBlock(new VerbatimBlock(next.Text, directive.Location, ShimSection.Header, IsInline: true) { TextLocation = next.BodyLocation });
            return true;
        }
        if (next.IsPunctuation("{"))
        {
            if (ReadBracedCode(tokens) is not { } code)
            {
                return false;
            }
            _result.AddVerbatimBlock(new VerbatimBlock(code.Text, directive.Location, ShimSection.Header, IsInline: true) { TextLocation = code.Location });
            return true;
        }
        _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, next.Location,
            $"expected %{{ or {{ after %inline, found '{next}': %inline %{{ C++ to compile into the shim and wrap %}}");
        return false;
    }

    private bool ParseExtend(InterfaceToken directive, InterfaceTokenStream tokens, string path)
    {
        string? className = _scope.CurrentClass;
        if (!tokens.Peek().IsPunctuation("{"))
        {
            if (ParseDeclarationTarget(directive, tokens) is not { } target)
            {
                return false;
            }
            if (target.Parameters is not null || target.Quoted || target.AnyScope)
            {
                _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, directive.Location, "%extend takes a class name: %extend ns::Class { members }");
                return false;
            }
            className = InScope(target).Name;
        }
        if (className is null)
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, tokens.Peek().Location,
                "%extend needs the class it extends: %extend ns::Class { members } (only inside a class may the name be left out)");
            return false;
        }
        if (!tokens.Peek().IsPunctuation("{"))
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, tokens.Peek().Location, $"expected '{{' and the members to add to '{className}': %extend ns::Class {{ members }}");
            return false;
        }
        var outer = _extendClass;
        _extendClass = className;
        var members = ReadBracedCode(tokens, path);
        _extendClass = outer;
        if (members is null)
        {
            return false;
        }
        _result.AddExtend(new ExtendDirective(className, members, directive.Location));
        return true;
    }

    private bool ParseException(InterfaceToken directive, InterfaceTokenStream tokens, bool enabled)
    {
        DeclarationTarget? target = null;
        if (HasTarget(tokens) && tokens.Peek().Kind != InterfaceTokenKind.String)
        {
            if (ParseDeclarationTarget(directive, tokens) is not { } parsed)
            {
                return false;
            }
            target = InScope(parsed);
        }
        InterfaceCode? handler = null;
        var next = tokens.Peek();
        if (enabled && next.Kind == InterfaceTokenKind.Verbatim)
        {
            tokens.Next();
            tokens.Accept(";");
            handler = new InterfaceCode(next.Text, next.BodyLocation);
        }
        else if (enabled && next.IsPunctuation("{"))
        {
            if (ReadBracedCode(tokens) is not { } code)
            {
                return false;
            }
            handler = code;
        }
        else if (enabled && next.Kind == InterfaceTokenKind.String)
        {
            tokens.Next();
            if (!KeepsBlockOpen(next))
            {
                return false;
            }
            handler = new InterfaceCode(next.Text, next.Location);
            tokens.Accept(";");
        }
        else if (!ExpectSemicolon(tokens))
        {
            return false;
        }
        _result.AddException(new ExceptionDirective(target, handler, directive.Location));
        return true;
    }

    private bool ParseInsert(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        var section = directive.Text;
        if (section == "insert")
        {
            if (!Expect(tokens, "(", "expected '(' after %insert: %insert(\"header\") %{ ... %}"))
            {
                return false;
            }
            var name = tokens.Next();
            if (name.Kind is not (InterfaceTokenKind.String or InterfaceTokenKind.Identifier) || !Expect(tokens, ")", "expected ')' after the section name: %insert(\"header\") %{ ... %}"))
            {
                if (name.Kind is not (InterfaceTokenKind.String or InterfaceTokenKind.Identifier))
                {
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, name.Location, "expected a section name in quotes: %insert(\"header\") %{ ... %}");
                }
                return false;
            }
            section = name.Text;
        }
        ShimSection? target = section switch
        {
            "begin" => ShimSection.Begin,
            "runtime" => ShimSection.Runtime,
            "header" => ShimSection.Header,
            "wrapper" => ShimSection.Wrapper,
            _ => null,
        };
        if (section == "init" || target is null)
        {
            var reason = section == "init" ? Refused["init"] : $"'{section}' is not a section of the shim; the sections are begin, runtime, header and wrapper";
            _diagnostics.Error(DiagnosticIds.UnsupportedDirective, directive.Location, $"%{directive.Text}{(directive.Text == "insert" ? $"(\"{section}\")" : string.Empty)} is not supported: {reason}");
            return false;
        }
        var next = tokens.Peek();
        if (next.Kind == InterfaceTokenKind.Verbatim)
        {
            tokens.Next();
            _result.AddVerbatimBlock(new VerbatimBlock(next.Text, directive.Location, target.Value) { TextLocation = next.BodyLocation });
            return true;
        }
        if (next.IsPunctuation("{") && ReadBracedCode(tokens) is { } code)
        {
            _result.AddVerbatimBlock(new VerbatimBlock(code.Text, directive.Location, target.Value) { TextLocation = code.Location });
            return true;
        }
        var what = next.Kind == InterfaceTokenKind.String ? Refused["insert_file"] : $"expected %{{ ... %}} after %{directive.Text}";
        _diagnostics.Error(next.Kind == InterfaceTokenKind.String ? DiagnosticIds.UnsupportedDirective : DiagnosticIds.MalformedInterfaceDirective, next.Location, what);
        return false;
    }

    /// <summary>
    /// Reads <c>{ C++ }</c> (and a ';' after it) as text laid out on its lines; directives inside it are read as
    /// directives (as in an %extend body) and left out of the text.
    /// </summary>
    private InterfaceCode? ReadBracedCode(InterfaceTokenStream tokens, string? path = null)
    {
        var open = tokens.Next();
        var writer = new CppTextWriter();
        var depth = 1;
        while (true)
        {
            var token = tokens.Next();
            switch (token.Kind)
            {
                case InterfaceTokenKind.End:
                    tokens.PushBack(token);
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, open.Location, "'{' has no matching '}'");
                    return null;
                case InterfaceTokenKind.Error:
                    continue;
                case InterfaceTokenKind.Directive when path is not null:
                    ParseDirective(token, tokens, path);
                    continue;
            }
            if (token.Kind == InterfaceTokenKind.Verbatim || token.IsPunctuation("%}") || !KeepsBlockOpen(token))
            {
                if (token.Kind == InterfaceTokenKind.Verbatim || token.IsPunctuation("%}"))
                {
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, token.Location, $"'{token}' inside '{{ }}' code: write the code either in {{ }} or in %{{ %}}");
                }
                return null;
            }
            depth += token.IsPunctuation("{") ? 1 : token.IsPunctuation("}") ? -1 : 0;
            if (depth == 0)
            {
                tokens.Accept(";");
                return writer.Take() ?? new InterfaceCode(string.Empty, token.Location with { Via = null });
            }
            writer.Add(token);
        }
    }

    /// <summary>Code is kept as a %{ %} block, which a '%}' inside a string would end early: such a string is refused.</summary>
    private bool KeepsBlockOpen(InterfaceToken token)
    {
        if (token.Kind == InterfaceTokenKind.String && token.Text.Contains("%}", StringComparison.Ordinal))
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, token.Location, "a string that holds '%}' cannot be kept as code; split it, as in \"%\" \"}\"");
            return false;
        }
        return true;
    }
}
