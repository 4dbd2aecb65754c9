using System.Diagnostics;

namespace ItkBindGen.Tests.Shared;

/// <summary>The C++ reference programs beside the tests, which write what the same filters give in C++, and how results are compared.</summary>
internal static class ReferencePrograms
{
    /// <summary>Runs <paramref name="name"/> (built beside the test assembly) on <paramref name="input"/>, writing into <paramref name="folder"/>.</summary>
    public static void Run(string name, string input, string folder)
    {
        var program = Path.Combine(AppContext.BaseDirectory, name);
        using var process = Process.Start(new ProcessStartInfo(program, [input, folder]) { RedirectStandardError = true })!;
        var errors = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), $"{name} did not finish");
        Assert.True(process.ExitCode == 0, $"{name} failed: {errors}");
    }

    /// <summary>The exact bit patterns of float pixels, so -0 against 0 or NaN payloads would show.</summary>
    public static int[] Bits(float[] pixels) => pixels.Select(BitConverter.SingleToInt32Bits).ToArray();
}
