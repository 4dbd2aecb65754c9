namespace ItkBindGen.Parsing;

/// <summary>Everything that shapes one parse. The target triple is pinned so <c>long</c> and layouts never depend on the machine.</summary>
public sealed class CppParserOptions
{
    public const string TargetTriple = "x86_64-unknown-linux-gnu";

    public List<string> IncludeFolders { get; } = [];

    /// <summary>Macro definitions, <c>NAME</c> or <c>NAME=VALUE</c>.</summary>
    public List<string> Defines { get; } = [];

    public string LanguageStandard { get; set; } = "c++17";

    public List<string> AdditionalArguments { get; } = [];

    /// <summary>
    /// C++ from interface files, in the shim's order: <c>%{ %}</c> blocks and <c>%inline</c> code are read before the
    /// headers (which are then read once even when a block includes them), declarations written in the files after.
    /// </summary>
    public List<CppSourceText> SourceTexts { get; } = [];

    /// <summary>
    /// Present clang as GCC 10 (<c>-U__clang__ -U__GNUC__ ... -D__GNUC__=10</c>): ITK 5.2's
    /// <c>itk_compiler_detection.h</c> accepts only GCC, and GCC 11+ makes glibc use attributes clang rejects.
    /// </summary>
    public bool GccCompatibility { get; set; } = OperatingSystem.IsLinux();

    /// <summary>Attach every comment, not only doc comments (<c>-fparse-all-comments</c>).</summary>
    public bool ParseAllComments { get; set; }

    /// <summary>Record macro expansions so methods made by ITK's Set/Get macros name their macro (costs some parse time).</summary>
    public bool RecordMacroExpansions { get; set; } = true;

    /// <summary>List the declarations of every non-system header, not only of the input headers.</summary>
    public bool IncludeAllUserHeaders { get; set; }

    /// <summary>Explicit libclang to load; otherwise ITKBINDGEN_LIBCLANG, the NuGet copy, then /usr/lib/llvm-*.</summary>
    public string? LibclangPath { get; set; }

    /// <summary>Explicit clang resource directory (builtin headers); otherwise ITKBINDGEN_CLANG_RESOURCE_DIR, then /usr/lib/llvm-*/lib/clang/N.</summary>
    public string? ResourceDirectory { get; set; }

    internal List<string> BuildArguments(string resourceDirectory)
    {
        var arguments = new List<string>
        {
            "-x", "c++",
            $"-std={LanguageStandard}",
            "-target", TargetTriple,
            "-resource-dir", resourceDirectory,
            "-ferror-limit=100",
            "-Wno-pragma-once-outside-header",
        };
        if (GccCompatibility)
        {
            // Headers written for GCC name GCC-only warning groups in their pragmas.
            arguments.Add("-Wno-unknown-warning-option");
            arguments.AddRange(["-U__clang__", "-U__GNUC__", "-U__GNUC_MINOR__", "-U__GNUC_PATCHLEVEL__", "-D__GNUC__=10", "-D__GNUC_MINOR__=2", "-D__GNUC_PATCHLEVEL__=1"]);
        }
        if (ParseAllComments)
        {
            arguments.Add("-fparse-all-comments");
        }
        // Against the current folder, as generate's -I: an empty folder is the current one, as it is to clang.
        arguments.AddRange(IncludeFolders.Select(folder => "-I" + Path.GetFullPath(folder, Environment.CurrentDirectory)));
        arguments.AddRange(Defines.Select(define => "-D" + define));
        arguments.AddRange(AdditionalArguments);
        return arguments;
    }
}
