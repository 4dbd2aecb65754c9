using System.Reflection;
using System.Runtime.InteropServices;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Parsing.Interop;

/// <summary>
/// Finds and loads libclang once per process, and finds clang's builtin headers (the resource directory).
/// Order for the library: the option, ITKBINDGEN_LIBCLANG, the NuGet 22.x copy recorded at build time,
/// then /usr/lib/llvm-*/lib newest first.
/// </summary>
internal static class ClangLibrary
{
    public const string LibraryVariable = "ITKBINDGEN_LIBCLANG";
    public const string ResourceDirVariable = "ITKBINDGEN_CLANG_RESOURCE_DIR";
    private const string RecordedPathKey = "ItkBindGen.LibclangPath";

    private static readonly object Gate = new();
    private static nint _handle;
    private static bool _resolverInstalled;

    /// <summary>The loaded library's path, once loaded.</summary>
    public static string? LoadedPath { get; private set; }

    /// <summary>True when the loaded libclang has clang_visitCXXMethods and clang_visitCXXBaseClasses (LLVM 21+).</summary>
    public static bool SupportsInstantiationMembers { get; private set; }

    public static bool TryLoad(string? requestedPath, DiagnosticBag diagnostics)
    {
        lock (Gate)
        {
            if (_handle != 0)
            {
                return true;
            }
            ClangCrashRecovery.KeepOff();
            foreach (var candidate in Candidates(requestedPath))
            {
                if (File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out var handle))
                {
                    _handle = handle;
                    LoadedPath = candidate;
                    SupportsInstantiationMembers = NativeLibrary.TryGetExport(handle, "clang_visitCXXMethods", out _)
                        && NativeLibrary.TryGetExport(handle, "clang_visitCXXBaseClasses", out _);
                    if (!_resolverInstalled)
                    {
                        NativeLibrary.SetDllImportResolver(typeof(ClangLibrary).Assembly, Resolve);
                        _resolverInstalled = true;
                    }
                    return true;
                }
                if (candidate == requestedPath || candidate == Environment.GetEnvironmentVariable(LibraryVariable))
                {
                    // An explicit choice that fails is an error, not a reason to load some other libclang.
                    diagnostics.Error(DiagnosticIds.LibclangNotFound, SourceLocation.None,
                        candidate == requestedPath ? $"cannot load libclang from '{candidate}'" : $"cannot load libclang from '{candidate}' ({LibraryVariable})");
                    return false;
                }
            }
            diagnostics.Error(DiagnosticIds.LibclangNotFound, SourceLocation.None,
                $"libclang was not found: pass --libclang <path>, set {LibraryVariable}, restore the libclang.runtime.linux-x64 package, or install the Debian package libclang1-19");
            return false;
        }
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        name == ClangNative.Library ? _handle : 0;

    private static IEnumerable<string> Candidates(string? requestedPath)
    {
        if (!string.IsNullOrEmpty(requestedPath))
        {
            yield return requestedPath;
            yield break;
        }
        var fromEnvironment = Environment.GetEnvironmentVariable(LibraryVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            yield return fromEnvironment;
        }
        // The packed dotnet tool ships libclang beside its assembly.
        var shipped = Path.Combine(AppContext.BaseDirectory, "libclang.so");
        if (File.Exists(shipped))
        {
            yield return shipped;
        }
        var recorded = RecordedNuGetPath();
        if (recorded is not null)
        {
            yield return recorded;
        }
        foreach (var llvm in LlvmRoots())
        {
            var lib = Path.Combine(llvm, "lib");
            if (!Directory.Exists(lib))
            {
                continue;
            }
            foreach (var file in Directory.GetFiles(lib, "libclang*.so*").Where(f => !Path.GetFileName(f).StartsWith("libclang-cpp", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal))
            {
                yield return file;
            }
        }
    }

    /// <summary>The NuGet copy's path the build recorded (ItkBindGen.csproj), or null.</summary>
    public static string? RecordedNuGetPath() =>
        typeof(ClangLibrary).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == RecordedPathKey)?.Value is { Length: > 0 } path ? path : null;

    /// <summary>The clang builtin header directory: the option, ITKBINDGEN_CLANG_RESOURCE_DIR, then the newest installed LLVM's.</summary>
    public static string? FindResourceDir(string? requested, DiagnosticBag diagnostics)
    {
        if (!string.IsNullOrEmpty(requested))
        {
            if (HasStddef(requested))
            {
                return requested;
            }
            diagnostics.Error(DiagnosticIds.ClangResourceDirNotFound, SourceLocation.None,
                $"'{requested}' is not a clang resource directory (no include/stddef.h)");
            return null;
        }
        var fromEnvironment = Environment.GetEnvironmentVariable(ResourceDirVariable);
        if (!string.IsNullOrEmpty(fromEnvironment) && HasStddef(fromEnvironment))
        {
            return fromEnvironment;
        }
        foreach (var llvm in LlvmRoots())
        {
            var clangDir = Path.Combine(llvm, "lib", "clang");
            if (!Directory.Exists(clangDir))
            {
                continue;
            }
            var found = Directory.GetDirectories(clangDir).OrderByDescending(VersionOf).FirstOrDefault(HasStddef);
            if (found is not null)
            {
                return found;
            }
        }
        diagnostics.Error(DiagnosticIds.ClangResourceDirNotFound, SourceLocation.None,
            $"clang's builtin headers (stddef.h) were not found: set {ResourceDirVariable} or install the Debian package libclang-common-19-dev");
        return null;
    }

    private static bool HasStddef(string directory) => File.Exists(Path.Combine(directory, "include", "stddef.h"));

    private static IEnumerable<string> LlvmRoots() =>
        Directory.Exists("/usr/lib")
            ? Directory.GetDirectories("/usr/lib", "llvm-*").OrderByDescending(VersionOf)
            : [];

    private static int VersionOf(string path)
    {
        var name = Path.GetFileName(path);
        var digits = new string(name.SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, out var version) ? version : 0;
    }
}
