using System.Runtime.CompilerServices;

namespace ItkBindGen.Tests.Parsing;

/// <summary>
/// libclang's crash recovery, left on, puts LLVM's signal handlers in place of the runtime's at the first index: a null
/// dereference anywhere in the process then ends it instead of throwing. Should that come back, this test ends the test
/// host ("Test host process crashed", "Fatal error ... ExecutionEngineException"), which fails the run as it did before.
/// </summary>
public sealed class ClangCrashRecoveryTests
{
    [Fact]
    public void A_null_dereference_after_a_parse_is_a_null_reference_exception()
    {
        var header = ParsingTestSupport.WriteTempHeader("plain.h", "#pragma once\nclass Plain {};\n");
        var (compilation, diagnostics) = ParsingTestSupport.Parse(header);
        Assert.False(compilation.HasErrors, ParsingTestSupport.Describe(diagnostics));
        var nothing = Nothing();
        Assert.Throws<NullReferenceException>(() => nothing!.Length);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? Nothing() => null;
}
