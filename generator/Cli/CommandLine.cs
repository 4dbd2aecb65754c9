using System.CommandLine;

namespace ItkBindGen.Cli;

/// <summary>
/// The testable entry point. The root command generates bindings (SWIG's command line shape);
/// <c>inspect</c> prints what the parser sees; <c>learn-instantiations</c> writes a module's <c>--shared-instantiations</c> list from its build. Exit codes: 0 ok, 1 errors in the inputs, 2 usage errors,
/// 3 an internal error (a bug in the generator; nothing is written, as output is committed only at the end).
/// </summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int InputErrors = 1;
    public const int UsageErrors = 2;
    public const int InternalError = 3;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Generates C# bindings and an extern \"C\" shim for ITK-style C++ from headers and SWIG-style interface files.");
        GenerateCommand.Configure(root, stdout, stderr);
        root.Subcommands.Add(InspectCommand.Create(stdout, stderr));
        root.Subcommands.Add(Learn.LearnInstantiationsCommand.Create(stdout, stderr));

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
        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception)
        {
            stderr.WriteLine($"itkbindgen: error {Diagnostics.DiagnosticIds.InternalError}: internal error, nothing was written; please report it with the input: {exception}");
            return InternalError;
        }
    }
}
