using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

// One method per directive. Each returns false after reporting an error, and the caller then skips the statement.
public sealed partial class InterfaceParser
{
    private bool ParseModule(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        if (ExpectIdentifier(directive, tokens, "a module name") is not { } name)
        {
            return false;
        }
        if (CSharpNames.IsKeyword(name.Text))
        {
            _diagnostics.Error(DiagnosticIds.InvalidInterfaceName, name.Location,
                $"'{name.Text}' is a C# keyword and cannot name a module (its namespace and classes are named after it); choose another name");
            return false;
        }
        if (_result.ModuleName is not null)
        {
            _diagnostics.Error(DiagnosticIds.DuplicateModule, directive.Location,
                $"a second %module ('{name.Text}'); the module is already named '{_result.ModuleName}' at {_result.ModuleLocation}");
        }
        else
        {
            _result.ModuleName = name.Text;
            _result.ModuleLocation = directive.Location;
        }
        tokens.Accept(";");
        return true;
    }

    private bool ParseTemplate(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        if (ExpectParenthesizedName(directive, tokens, "a name for the instantiation: %template(Name) type;") is not { } name
            || ParseTemplateType(directive, tokens) is not { } type
            || !ExpectSemicolon(tokens))
        {
            return false;
        }
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

    private bool ParseRename(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        if (ExpectParenthesizedName(directive, tokens, "the new name: %rename(NewName) target;") is not { } name
            || ParseTarget(directive, tokens) is not { } target)
        {
            return false;
        }
        _result.AddRename(new RenameDirective(name, target, directive.Location));
        return true;
    }

    private bool ParseIgnore(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        if (ParseTarget(directive, tokens) is not { } target)
        {
            return false;
        }
        _result.AddIgnore(new IgnoreDirective(target, directive.Location));
        return true;
    }

    private bool ParseNewObject(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        if (ParseTarget(directive, tokens) is not { } target)
        {
            return false;
        }
        _result.AddNewObject(new NewObjectDirective(target, directive.Location));
        return true;
    }

    private bool ParseThread(InterfaceToken directive, InterfaceTokenStream tokens, ThreadPolicy policy)
    {
        if (ParseTarget(directive, tokens) is not { } target)
        {
            return false;
        }
        _result.AddThreadDirective(new ThreadDirective(policy, target, directive.Location));
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
        if (tokens.Accept(","))
        {
            if (ExpectFeatureString(tokens, "a feature value", usage) is not { } text)
            {
                return false;
            }
            value = text;
        }
        if (!Expect(tokens, ")", $"expected ')' in %feature: {usage}")
            || ParseTarget(directive, tokens) is not { } target)
        {
            return false;
        }
        _result.AddFeature(new FeatureDirective(name, value, target, directive.Location));
        return true;
    }

    private string? ExpectFeatureString(InterfaceTokenStream tokens, string what, string usage)
    {
        var token = tokens.Next();
        if (token.Kind == InterfaceTokenKind.Error)
        {
            return null;
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
