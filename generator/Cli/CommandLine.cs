using System.CommandLine;

namespace ItkBindGen.Cli;

/// <summary>
/// The testable entry point. The root command generates bindings (SWIG's command line shape);
/// <c>inspect</c> prints what the parser sees. Exit codes: 0 ok, 1 errors in the inputs, 2 usage errors.
/// </summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int InputErrors = 1;
    public const int UsageErrors = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Generates C# bindings and an extern \"C\" shim for ITK-style C++ from headers and SWIG-style interface files.");
        GenerateCommand.Configure(root, stdout, stderr);
        root.Subcommands.Add(InspectCommand.Create(stdout, stderr));

        var parseResult = root.Parse(args, new ParserConfiguration { EnablePosixBundling = true });
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                stderr.WriteLine($"itkbindgen: error IBG0000: {error.Message}");
            }
            stderr.WriteLine("Run 'itkbindgen --help' for usage.");
            return UsageErrors;
        }
        return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
