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
}
