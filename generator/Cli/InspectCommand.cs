using System.CommandLine;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;
using ItkBindGen.Parsing.Json;

namespace ItkBindGen.Cli;

/// <summary><c>itkbindgen inspect</c>: prints the parsed C++ model, as text or JSON.</summary>
internal static class InspectCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var headers = new Argument<string[]>("headers") { Description = "C++ headers to parse.", Arity = ArgumentArity.OneOrMore };
        var includeDirs = new Option<string[]>("--include-dir", "-I") { Description = "Add a directory to the include search path." };
        var defines = new Option<string[]>("--define", "-D") { Description = "Define a macro: NAME or NAME=VALUE." };
        var instantiate = new Option<string[]>("--instantiate") { Description = "Instantiate a class template specialization, e.g. \"itk::Image<float,2>\"." };
        var json = new Option<bool>("--json") { Description = "Print the model as JSON." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print parse time and the libclang used." };
        var libclang = new Option<string?>("--libclang") { Description = "Path of the libclang shared library to load." };
        var resourceDir = new Option<string?>("--clang-resource-dir") { Description = "clang's resource directory (builtin headers)." };
        var std = new Option<string>("--std") { Description = "C++ language standard.", DefaultValueFactory = _ => "c++17" };
        var allHeaders = new Option<bool>("--all-headers") { Description = "List the declarations of every non-system header, not only the given ones." };

        var command = new Command("inspect", "Print the C++ model the generator sees for the given headers.")
        {
            headers, includeDirs, defines, instantiate, json, verbose, libclang, resourceDir, std, allHeaders,
        };
        command.SetAction(parseResult =>
        {
            var options = new CppParserOptions
            {
                LibclangPath = parseResult.GetValue(libclang),
                ResourceDirectory = parseResult.GetValue(resourceDir),
                LanguageStandard = parseResult.GetValue(std) ?? "c++17",
                IncludeAllUserHeaders = parseResult.GetValue(allHeaders),
            };
            options.IncludeFolders.AddRange(parseResult.GetValue(includeDirs) ?? []);
            options.Defines.AddRange(parseResult.GetValue(defines) ?? []);
            var requests = (parseResult.GetValue(instantiate) ?? []).Select(s => new CppInstantiationRequest(s, new SourceLocation("--instantiate", 0, 0)));

            var diagnostics = new DiagnosticBag();
            var compilation = CppParser.Parse(parseResult.GetValue(headers) ?? [], options, requests, diagnostics);
            diagnostics.WriteTo(stderr);
            if (parseResult.GetValue(verbose))
            {
                stderr.WriteLine($"itkbindgen: {compilation.ClangVersion} from {compilation.LibclangPath}");
                stderr.WriteLine($"itkbindgen: parsed in {compilation.ParseTime.TotalMilliseconds:F0} ms, modeled in {compilation.ModelTime.TotalMilliseconds:F0} ms");
            }
            if (diagnostics.HasErrors)
            {
                return CommandLine.InputErrors;
            }
            stdout.Write(parseResult.GetValue(json) ? CppModelJson.Serialize(compilation) + "\n" : CppModelWriter.Write(compilation));
            return CommandLine.Ok;
        });
        return command;
    }
}
