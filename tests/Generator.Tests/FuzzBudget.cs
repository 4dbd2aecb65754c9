namespace ItkBindGen.Tests;

/// <summary>
/// How long the property-based fuzz tests run: their fixed iteration counts in a normal test run, or, with
/// ITKBINDGEN_FUZZ_SECONDS=N (the fuzzing stage of tests/run.sh), N seconds each.
/// </summary>
internal static class FuzzBudget
{
    public static int Seconds { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("ITKBINDGEN_FUZZ_SECONDS"), out var seconds) && seconds > 0 ? seconds : -1;

    public static long Iterations(long normal) => Seconds > 0 ? -1 : normal;

    // With ITKBINDGEN_FUZZ_INPUTS=<folder> (the fuzzing stage), where each property writes the sample it is about to try.
    private static readonly string? InputsFolder =
        Environment.GetEnvironmentVariable("ITKBINDGEN_FUZZ_INPUTS") is { Length: > 0 } folder ? Directory.CreateDirectory(folder).FullName : null;

    /// <summary>
    /// Writes <paramref name="sample"/> (printed as the property prints a failing one) to
    /// <c>&lt;ITKBINDGEN_FUZZ_INPUTS&gt;/&lt;property&gt;.txt</c> before it is tried: a stack overflow ends the test host
    /// before CsCheck can print the sample or its seed, and the file then holds the input that crashed it.
    /// </summary>
    public static void Record(string property, string sample)
    {
        if (InputsFolder is not { } folder)
        {
            return;
        }
        // One file kept open a property and written over in place: an open and a close a sample would cut the samples tried.
        FileStream stream;
        lock (Files)
        {
            if (!Files.TryGetValue(property, out stream!))
            {
                Files[property] = stream = new FileStream(Path.Combine(folder, property + ".txt"), FileMode.Create, FileAccess.Write, FileShare.Read);
            }
        }
        var bytes = System.Text.Encoding.UTF8.GetBytes(sample + "\n");
        stream.SetLength(0);
        stream.Write(bytes);
        stream.Flush(); // in the kernel's hands, so a crash of this process leaves it on disk
    }

    private static readonly Dictionary<string, FileStream> Files = new(StringComparer.Ordinal);
}
