using System.CommandLine;

namespace ItkBindGen.Cli;

/// <summary>The root command: <c>itkbindgen [options] &lt;file.i | header.h&gt;...</c>.</summary>
internal static class GenerateCommand
{
    public static void Configure(RootCommand root, TextWriter stdout, TextWriter stderr)
    {
        root.SetAction(_ =>
        {
            stderr.WriteLine("itkbindgen: generation is not implemented yet");
            return CommandLine.InputErrors;
        });
    }
}
