using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

// %module(option="value", ...): the options this tool knows, those of other SWIG languages, and refusals.
public sealed partial class InterfaceParser
{
    // Options SWIG's other target languages read; a C# binding has no use for them, as SWIG's own C# module has not.
    private static readonly HashSet<string> OtherLanguageModuleOptions =
    [
        "package", "jniclassname", "javabegin", "moduleimport", "ruby_minherit", "dbegin", "extranative", "castmode",
        "nocastmode", "outputtuple", "nooutputtuple", "mainmodule", "cpperraswarn", "nocpperraswarn", "wrapperdir",
        "phpbegin", "luabegin", "pythonbegin", "shadow", "nobuildnone", "builtin", "fastproxy", "gatewaydir",
    ];

    private const string ModuleUsage = "%module(directors=\"1\") name";

    /// <summary>Reads the options after '(' up to ')'.</summary>
    private ModuleOptions? ParseModuleOptions(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        var options = new ModuleOptions();
        var others = new List<string>();
        if (tokens.Accept(")"))
        {
            return options;
        }
        while (true)
        {
            var name = tokens.Next();
            if (name.Kind != InterfaceTokenKind.Identifier)
            {
                tokens.PushBack(name);
                if (name.Kind != InterfaceTokenKind.Error)
                {
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, name.Location, $"expected an option name in %module(...), found '{name}': {ModuleUsage}");
                }
                return null;
            }
            var value = "1";
            if (tokens.Accept("="))
            {
                var text = tokens.Next();
                if (text.Kind is not (InterfaceTokenKind.String or InterfaceTokenKind.Number or InterfaceTokenKind.Identifier))
                {
                    tokens.PushBack(text);
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, text.Location, $"expected a value after '{name.Text}=': {ModuleUsage}");
                    return null;
                }
                value = text.Text;
            }
            var on = value is not ("0" or "");
            switch (name.Text)
            {
                case "directors":
                    options = options with { Directors = on };
                    break;
                case "dirprot" or "allprotected":
                    options = options with { ProtectedMembers = on };
                    break;
                case "threads":
                    options = options with { Threads = on };
                    break;
                case "naturalvar":
                    options = options with { NaturalVariables = on };
                    break;
                case "csbegin":
                    options = options with { CSharpBegin = value };
                    break;
                case "docstring":
                    options = options with { DocString = value };
                    break;
                case "imclassname":
                    options = options with { IntermediaryClassName = value };
                    break;
                case "templatereduce" or "notemplatereduce":
                    break; // How SWIG's own parser names templates; clang resolves every type here.
                case var other when OtherLanguageModuleOptions.Contains(other):
                    others.Add(other);
                    break;
                default:
                    _diagnostics.Error(DiagnosticIds.UnsupportedModuleOption, name.Location,
                        $"%module option '{name.Text}' is not supported; this tool reads directors, dirprot, allprotected, threads, naturalvar, csbegin, docstring and imclassname, and accepts other SWIG languages' options (package, ...) without using them");
                    return null;
            }
            if (tokens.Accept(")"))
            {
                return options with { OtherLanguages = others };
            }
            if (!Expect(tokens, ",", $"expected ',' or ')' in %module(...): {ModuleUsage}"))
            {
                return null;
            }
        }
    }
}
