using System.CommandLine;

namespace ItkBindGen.Cli;

/// <summary><c>itkbindgen inspect</c>: prints the parsed C++ model, as text or JSON.</summary>
internal static class InspectCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("inspect", "Print the C++ model the generator sees for the given headers.");
        command.SetAction(_ =>
        {
            stderr.WriteLine("itkbindgen: inspect is not implemented yet");
            return CommandLine.InputErrors;
        });
        return command;
    }
}
