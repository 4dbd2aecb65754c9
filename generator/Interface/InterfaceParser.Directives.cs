using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

// One method per directive. Each returns false after reporting an error, and the caller then skips the statement.
public sealed partial class InterfaceParser
{
    private bool ParseModule(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        ModuleOptions? options = null;
        if (tokens.Peek().IsPunctuation("("))
        {
            tokens.Next();
            if (ParseModuleOptions(directive, tokens) is not { } parsed)
            {
                return false;
            }
            options = parsed;
        }
        var name = tokens.Next();
        if (name.Kind == InterfaceTokenKind.String && IsIdentifier(name.Text))
        {
            name = name with { Kind = InterfaceTokenKind.Identifier };
        }
        else
        {
            tokens.PushBack(name);
            if (ExpectIdentifier(directive, tokens, "a module name") is not { } identifier)
            {
                return false;
            }
            name = identifier;
        }
        if (CSharpNames.IsKeyword(name.Text))
        {
            _diagnostics.Error(DiagnosticIds.InvalidInterfaceName, name.Location,
                $"'{name.Text}' is a C# keyword and cannot name a module (its namespace and classes are named after it); choose another name");
            return false;
        }
        if (_result.ModuleName is null)
        {
            _result.ModuleName = name.Text;
            _result.ModuleLocation = directive.Location;
            _result.ModuleOptions = (options ?? new ModuleOptions()) with { Location = directive.Location };
        }
        else if (_result.ModuleLocation.File == directive.Location.File)
        {
            _diagnostics.Error(DiagnosticIds.DuplicateModule, directive.Location,
                $"a second %module ('{name.Text}'); the module is already named '{_result.ModuleName}' at {_result.ModuleLocation}");
        }
        // As in SWIG, the %module of a file the root file %includes is ignored: the first one names the module.
        tokens.Accept(";");
        return true;
    }

    private bool ParseTemplate(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        const string usage = "a name for the instantiation: %template(Name) type; or %template() type; for one without a proxy";
        if (!Expect(tokens, "(", $"expected '(' after %template: %template needs {usage}"))
        {
            return false;
        }
        if (tokens.Accept(")"))
        {
            if (ParseTemplateType(directive, tokens) is not { } baseType || !ExpectSemicolon(tokens))
            {
                return false;
            }
            _result.AddBaseTemplate(new BaseTemplateDirective(InNamespace(baseType), directive.Location));
            return true;
        }
        if (ReadNameAndClose(directive, tokens, usage) is not { } name
            || ParseTemplateType(directive, tokens) is not { } written
            || !ExpectSemicolon(tokens))
        {
            return false;
        }
        var type = InNamespace(written);
        if (_templatesByName.TryGetValue(name, out var first))
        {
            _diagnostics.Error(DiagnosticIds.DuplicateTemplateName, directive.Location,
                $"%template name '{name}' is already used at {first.Location} for '{first.CppType}'");
            return true;
        }
        if (_result.Templates.FirstOrDefault(t => t.CppType == type) is { } sameType)
        {
            _diagnostics.Warning(DiagnosticIds.DuplicateTemplateType, directive.Location,
                $"'{type}' is already instantiated as '{sameType.Name}' at {sameType.Location}; '%template({name})' is ignored");
            return true;
        }
        var template = new TemplateDirective(name, type, directive.Location);
        _templatesByName.Add(name, template);
        _result.AddTemplate(template);
        return true;
    }

    /// <summary>
    /// A %template written inside 'namespace ns { }' of the interface file names ns's template, as in SWIG: an
    /// unqualified template name (vector&lt;int&gt; inside namespace std) is qualified with the namespace.
    /// </summary>
    private string InNamespace(string type)
    {
        var scope = _scope.NamespaceScope;
        var head = type.Split('<', 2)[0];
        return scope.Length == 0 || head.Contains("::", StringComparison.Ordinal) ? type : $"{scope}::{type}";
    }

    private bool ParseIgnore(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        if (ParseTarget(directive, tokens) is not { } target)
        {
            return false;
        }
        _result.AddNameRule(new RenameRule(new RenameAction.Ignore(), target, [], false, false, directive.Location));
        return true;
    }

    private bool ParseThread(InterfaceToken directive, InterfaceTokenStream tokens, ThreadPolicy policy)
    {
        if (ParseTarget(directive, tokens) is not { } target)
        {
            return false;
        }
        if (!target.IsPlainName)
        {
            _diagnostics.Error(DiagnosticIds.UnsupportedDirective, directive.Location,
                $"%{directive.Text} takes a plain name ('{target.Name}'): it applies to every overload of a method, to a class or to a free function");
            return false;
        }
        _result.AddThreadDirective(new ThreadDirective(policy, target.Name, directive.Location));
        return true;
    }

    private bool ParseFeature(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        const string usage = "%feature(\"name\") target; or %feature(\"name\", \"value\") target;";
        if (!Expect(tokens, "(", $"expected '(' after %feature: {usage}"))
        {
            return false;
        }
        if (ExpectFeatureString(tokens, "a feature name", usage) is not { } name)
        {
            return false;
        }
        string? value = null;
        var attributes = new List<KeyValuePair<string, string>>();
        while (tokens.Accept(","))
        {
            if (tokens.Peek().Kind == InterfaceTokenKind.Identifier)
            {
                var word = tokens.Next();
                if (!tokens.Peek().IsPunctuation("=") && !tokens.Peek().IsPunctuation("$"))
                {
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, word.Location, $"expected a feature value in quotes, found '{word}': {usage}");
                    return false;
                }
                if (ParseAttribute(word, tokens, usage) is not { } attribute)
                {
                    return false;
                }
                attributes.Add(attribute);
                continue;
            }
            if (value is not null || attributes.Count > 0 || ExpectFeatureString(tokens, "a feature value", usage) is not { } text)
            {
                if (value is not null || attributes.Count > 0)
                {
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, tokens.Peek().Location, $"expected name=\"value\" after the feature's value: {usage}");
                }
                return false;
            }
            value = text;
        }
        if (!Expect(tokens, ")", $"expected ')' in %feature: {usage}"))
        {
            return false;
        }
        return FinishFeature(directive, tokens, name, value, attributes);
    }

    /// <summary>The target and value after a feature's parentheses: <c>target;</c>, <c>target %{ body %}</c>, <c>;</c> or a body alone.</summary>
    private bool FinishFeature(InterfaceToken directive, InterfaceTokenStream tokens, string name, string? value, List<KeyValuePair<string, string>> attributes)
    {
        DeclarationTarget? target = null;
        if (HasTarget(tokens))
        {
            if (ParseDeclarationTarget(directive, tokens) is not { } parsed)
            {
                return false;
            }
            target = InScope(parsed);
        }
        if (tokens.Peek().Kind == InterfaceTokenKind.Verbatim)
        {
            value = tokens.Next().Text;
            tokens.Accept(";");
        }
        else if (tokens.Peek().IsPunctuation("{"))
        {
            if (ReadBracedCode(tokens) is not { } code)
            {
                return false;
            }
            value = code.Text;
        }
        else if (tokens.Peek().Kind == InterfaceTokenKind.String && target is not null)
        {
            value = tokens.Next().Text; // '%csmethodmodifiers Foo::bar "public new";'
            if (!ExpectSemicolon(tokens))
            {
                return false;
            }
        }
        else if (!ExpectSemicolon(tokens))
        {
            return false;
        }
        if (target is { IsPlainName: true } && attributes.Count == 0 && (value is null || !value.Contains('\n')))
        {
            _result.AddFeature(new FeatureDirective(name, value, target.Name, directive.Location));
        }
        else
        {
            _result.AddFeatureRule(new FeatureRule(name, value, attributes, target, directive.Location));
        }
        return true;
    }

    /// <summary>Reads <c>name="value"</c> (also <c>name=1</c>); SWIG's <c>match$nodeType</c> keeps its '$'.</summary>
    private KeyValuePair<string, string>? ParseAttribute(InterfaceToken first, InterfaceTokenStream tokens, string usage)
    {
        var name = first.Text;
        while (tokens.Peek().IsPunctuation("$") || (tokens.Peek().Kind == InterfaceTokenKind.Identifier && name.EndsWith('$')))
        {
            name += tokens.Next().Text;
        }
        if (!Expect(tokens, "=", $"expected '=' after '{name}': {usage}"))
        {
            return null;
        }
        var value = tokens.Next();
        if (value.Kind is not (InterfaceTokenKind.String or InterfaceTokenKind.Number or InterfaceTokenKind.Identifier))
        {
            tokens.PushBack(value);
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, value.Location, $"expected a value after '{name}=': {usage}");
            return null;
        }
        return new KeyValuePair<string, string>(name, value.Text);
    }

    private string? ExpectFeatureString(InterfaceTokenStream tokens, string what, string usage)
    {
        var token = tokens.Next();
        if (token.Kind == InterfaceTokenKind.Error)
        {
            return null;
        }
        if (token.Kind == InterfaceTokenKind.Number && what == "a feature value")
        {
            return token.Text;
        }
        if (token.Kind != InterfaceTokenKind.String || (what == "a feature name" && token.Text.Length == 0))
        {
            tokens.PushBack(token);
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, token.Location, $"expected {what} in quotes, found '{token}': {usage}");
            return null;
        }
        return token.Text;
    }
}
