using ItkBindGen.Cli;

namespace ItkBindGen.Tests.Compilation;

/// <summary>A whole command-line run over one interface file written in a test's folder, for what it reports.</summary>
internal static class InterfaceRun
{
    /// <summary>Writes <paramref name="text"/> as <c>m.i</c> in <paramref name="root"/> and generates from it; gives its path, the exit code and the error output.</summary>
    public static (string Input, int Exit, string Error) Generate(string root, string text)
    {
        var input = Path.Combine(root, "m.i");
        File.WriteAllText(input, text);
        var stderr = new StringWriter();
        var exit = CommandLine.Run([input, "-outdir", Path.Combine(root, "cs"), "-o", Path.Combine(root, "native", "M_wrap.cpp")], TextWriter.Null, stderr);
        return (input, exit, stderr.ToString());
    }
}
