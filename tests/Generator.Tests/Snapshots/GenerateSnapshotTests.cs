using ItkBindGen.Binding.Directives;
using ItkBindGen.Binding;
using ItkBindGen.Cli;
using ItkBindGen.Diagnostics;
using ItkBindGen.Emit;

namespace ItkBindGen.Tests.Snapshots;

/// <summary>
/// The generated bindings of the native core module, with and without -threads, compared file by file with
/// reviewed golden files, so every change to the binding model or a template shows up as a diff.
/// </summary>
public class GenerateSnapshotTests
{
    private static readonly string Root = RepositoryPaths.Root;

    [Fact]
    public void NativeCoreModule()
    {
        var problems = GoldenFiles.Verify("GenerateTests.ItkCore", Produced(threads: false));
        Assert.True(problems.Count == 0, "Generated output changed; review the .received files and accept them with ITKBINDGEN_ACCEPT=1:\n" + string.Join("\n", problems));
    }

    /// <summary>
    /// With -threads only the files -threads changes are stored (a wrapper's lock scope, the model's lock policies): every
    /// other file must be byte-identical to the plain module's, which this checks too.
    /// </summary>
    [Fact]
    public void NativeCoreModuleWithThreads()
    {
        var plain = Produced(threads: false);
        var threaded = Produced(threads: true);
        Assert.Equal(plain.Keys.Order(StringComparer.Ordinal), threaded.Keys.Order(StringComparer.Ordinal));
        var changed = threaded.Where(f => plain[f.Key] != f.Value).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        Assert.Contains("model.txt", changed.Keys);
        var problems = GoldenFiles.Verify("GenerateTests.ItkCore_threads", changed);
        Assert.True(problems.Count == 0, "Generated output changed; review the .received files and accept them with ITKBINDGEN_ACCEPT=1:\n" + string.Join("\n", problems));
    }

    /// <summary>Every file of the native core module by name, with the model and the diagnostics, as the golden files hold them.</summary>
    private static Dictionary<string, string> Produced(bool threads)
    {
        var (module, files, diagnostics) = Generate(threads);
        var produced = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["model.txt"] = BindingModelPrinter.Print(module),
            ["diagnostics.txt"] = Scrub(string.Join("\n", diagnostics.Items.Select(d => d.ToString())) + "\n"),
        };
        foreach (var file in files)
        {
            produced[Path.GetFileName(file.Path)] = Scrub(file.Content);
        }
        // The support header is written as it is in the repository, not generated.
        Assert.Equal(File.ReadAllText(Path.Combine(Root, "native", "shim", "include", BindingEmitter.SupportHeaderName)),
            produced.Remove(BindingEmitter.SupportHeaderName, out var supportHeader) ? supportHeader : null);
        return produced;
    }

    /// <summary>
    /// Against a system ITK the module also starts ITK once before its first call: the module-wide files (the native
    /// class's static constructor, the shim's start-up entry point, the CMake fragment) and the start-up header.
    /// </summary>
    [Fact]
    public void ItkTargetModuleFiles()
    {
        var (module, files, _) = Generate(threads: true, GenerateSettings.ItkTarget);
        Assert.NotNull(module.Startup);
        // The start-up header is written as it is in the repository.
        var header = Assert.Single(files, f => Path.GetFileName(f.Path) == module.Startup.Header);
        Assert.Equal(File.ReadAllText(Path.Combine(Root, "native", "shim", "include", module.Startup.Header)), header.Content);
        string[] moduleWide = ["ItkCore.Native.cs", "ItkCore_wrap.cpp", "ItkCore.cmake"];
        var produced = files.Where(f => moduleWide.Contains(Path.GetFileName(f.Path)))
            .ToDictionary(f => Path.GetFileName(f.Path), f => Scrub(f.Content), StringComparer.Ordinal);
        Assert.Equal(moduleWide.Length, produced.Count);
        var problems = GoldenFiles.Verify("GenerateTests.ItkCore_itk", produced);
        Assert.True(problems.Count == 0, "Generated output changed; review the .received files and accept them with ITKBINDGEN_ACCEPT=1:\n" + string.Join("\n", problems));
        // The native core has nothing to start.
        Assert.Null(Generate(threads: true).Module.Startup);
    }

    [Fact]
    public void GenerationIsDeterministic()
    {
        var first = Generate(threads: true).Files.Select(f => f.Content).ToList();
        var second = Generate(threads: true).Files.Select(f => f.Content).ToList();
        Assert.Equal(first, second);
    }

    [Fact]
    public void WithThreadsEveryCallReleasesTheLockButNothreadOnesAndTrivialAccessorsWhichKeepIt()
    {
        var (module, files, _) = Generate(threads: true);
        var nothread = new HashSet<string>(StringComparer.Ordinal)
        {
            "itk::TestHooks::Add", "itk::MultiThreaderBase::SetGlobalDefaultNumberOfThreads", "itk::MultiThreaderBase::GetGlobalDefaultNumberOfThreads",
            // The runtime's observer registration always holds: it never calls back.
            "itk::Object::AddObserver", "itk::Object::RemoveObserver",
        };
        // Written out, not derived from the model: every member an ITK Set/Get macro declares in the native core.
        // Anything else that stops releasing (Update, SetInput, a hand-written setter) fails this test.
        var accessors = new HashSet<string>(StringComparer.Ordinal)
        {
            "itk::ProcessObject::GetNumberOfWorkUnits", "itk::ProcessObject::SetNumberOfWorkUnits",
            "itk::BinaryThresholdImageFilter::GetInsideValue", "itk::BinaryThresholdImageFilter::GetOutsideValue",
            "itk::BinaryThresholdImageFilter::SetInsideValue", "itk::BinaryThresholdImageFilter::SetOutsideValue",
            "itk::DiscreteGaussianImageFilter::GetFilterDimensionality", "itk::DiscreteGaussianImageFilter::GetMaximumError",
            "itk::DiscreteGaussianImageFilter::GetMaximumKernelWidth", "itk::DiscreteGaussianImageFilter::GetUseImageSpacing",
            "itk::DiscreteGaussianImageFilter::GetVariance", "itk::DiscreteGaussianImageFilter::SetFilterDimensionality",
            "itk::DiscreteGaussianImageFilter::SetMaximumError", "itk::DiscreteGaussianImageFilter::SetMaximumKernelWidth",
            "itk::DiscreteGaussianImageFilter::SetUseImageSpacing", "itk::DiscreteGaussianImageFilter::SetVariance",
            "itk::DiscreteGaussianImageFilter::UseImageSpacingOff", "itk::DiscreteGaussianImageFilter::UseImageSpacingOn",
            "itk::ImageFileWriter::GetFileName", "itk::ImageFileWriter::SetFileName",
        };
        var methods = module.Classes.SelectMany(c => c.Methods.Concat(c.Constructors.Select(k => k.Factory))).ToList();
        Assert.Contains(methods, m => m.IsVirtual && m.ReleasesLock);
        Assert.Contains(methods, m => m.CppName == "Update" && m.ReleasesLock);
        foreach (var method in methods)
        {
            var member = $"{DirectiveNames.Normalize(method.DeclaringClass)}::{method.CppName}";
            // A hand-written overload of an accessor's name (DiscreteGaussian's SetVariance(double)) keeps releasing.
            var expected = nothread.Contains(member) ? LockPolicy.Holds : method.AccessorMacro is not null ? LockPolicy.Keeps : LockPolicy.Releases;
            Assert.True(method.Lock == expected, $"{member}: {method.Lock}, expected {expected}");
            // A public field's accessors (ImageDimension) are trivial by nature; only the macros' members are listed.
            Assert.True(method.AccessorMacro is null or TrivialAccessors.Field || accessors.Contains(member), $"{member} is not a listed accessor");
        }
        Assert.Equal(accessors.Count, methods.Where(m => m.AccessorMacro is not (null or TrivialAccessors.Field)).Select(m => $"{DirectiveNames.Normalize(m.DeclaringClass)}::{m.CppName}").Distinct().Count());
        // And the rendered wrappers say so: one scope of the policy's kind per call.
        var csharp = string.Concat(files.Where(f => f.Path.EndsWith(".cs", StringComparison.Ordinal) && !f.Path.EndsWith(".Native.cs", StringComparison.Ordinal)).Select(f => f.Content));
        // The process object's abort-flag calls keep the lock whatever the policy: cancellation must reach an update holding it.
        var abortFlags = module.Classes.Select(c => c.AsyncUpdate).OfType<AsyncUpdateBinding>().SelectMany(a => new[] { a.RequestAbort, a.ClearAbort }).ToList();
        Assert.Equal(2, abortFlags.Count);
        Assert.All(abortFlags, f => Assert.Equal(LockPolicy.Keeps, f.Lock));
        // A director is made like any object (New follows the policy) and connected to its C# object holding the lock.
        var directors = module.Classes.Select(c => c.Director).OfType<DirectorBinding>().ToList();
        Assert.Equal(2, directors.Count);
        Assert.All(directors, d => Assert.Equal(LockPolicy.Releases, d.New.Lock));
        Assert.All(directors, d => Assert.Equal(LockPolicy.Holds, d.Connect.Lock));
        Assert.Equal(methods.Count(m => m.Lock == LockPolicy.Releases) + directors.Count, Count(csharp, "using (var call = NativeCall.Release(\"ItkCore\", "));
        Assert.Equal(methods.Count(m => m.Lock == LockPolicy.Holds) + directors.Count, Count(csharp, "using (var call = NativeCall.Hold(\"ItkCore\", "));
        Assert.Equal(methods.Count(m => m.Lock == LockPolicy.Keeps) + abortFlags.Count, Count(csharp, "using (var call = NativeCall.Keep(\"ItkCore\", "));
    }

    [Fact]
    public void WithoutThreadsTrivialAccessorsHoldTheLockLikeEveryCall()
    {
        var (module, _, _) = Generate(threads: false);
        var accessors = module.Classes.SelectMany(c => c.Methods).Where(m => m.AccessorMacro is not null).ToList();
        Assert.NotEmpty(accessors);
        Assert.All(accessors, m => Assert.Equal(LockPolicy.Holds, m.Lock));
    }

    [Fact]
    public void ThreadNamingATrivialAccessorMakesItRelease()
    {
        var folder = Path.Combine(Path.GetTempPath(), "itkbindgen-thread-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "ItkCore.i");
        File.WriteAllText(file, File.ReadAllText(Path.Combine(Root, "native", "bindings", "ItkCore.i")) + "\n%thread itk::ProcessObject::GetNumberOfWorkUnits;\n");
        ModuleBinding module;
        try
        {
            module = Generate(threads: true, interfaceFile: file).Module;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        var methods = module.Classes.SelectMany(c => c.Methods).Where(m => m.DeclaringClass == "itk::ProcessObject").ToList();
        Assert.True(methods.Single(m => m.CppName == "GetNumberOfWorkUnits").ReleasesLock);
        Assert.Equal(LockPolicy.Keeps, methods.Single(m => m.CppName == "SetNumberOfWorkUnits").Lock);
    }

    [Fact]
    public void ShimCompilesWithoutWarnings()
    {
        var (_, files, _) = Generate(threads: true);
        var folder = Path.Combine(Path.GetTempPath(), "itkbindgen-shim-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in files.Where(f => !f.Path.EndsWith(".cs", StringComparison.Ordinal)))
            {
                File.WriteAllText(Path.Combine(folder, Path.GetFileName(file.Path)), file.Content);
            }
            var arguments = new[] { "-std=c++17", "-Wall", "-Wextra", "-Werror", "-fsyntax-only", "-I", folder, "-I", Path.Combine(Root, "native", "include") }
                .Concat(Directory.GetFiles(folder, "*.cpp").Order(StringComparer.Ordinal)).ToArray();
            Assert.True(arguments.Length > 20, "one shim source a class, and the module's own");
            using var compiler = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("g++", arguments) { RedirectStandardError = true })!;
            var errors = compiler.StandardError.ReadToEnd();
            compiler.WaitForExit();
            Assert.True(compiler.ExitCode == 0, errors);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void WithoutThreadsEveryCallHoldsTheLock()
    {
        var (module, _, _) = Generate(threads: false);
        Assert.All(module.Classes.SelectMany(c => c.Methods), m => Assert.False(m.ReleasesLock, m.NativeName));
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static (ModuleBinding Module, IReadOnlyList<GeneratedFile> Files, DiagnosticBag Diagnostics) Generate(bool threads, string target = GenerateSettings.NativeCoreTarget, string? interfaceFile = null)
    {
        var output = Path.Combine(Path.GetTempPath(), "itkbindgen-snapshot");
        var settings = new GenerateSettings
        {
            InterfaceFiles = [interfaceFile ?? Path.Combine(Root, "native", "bindings", "ItkCore.i")],
            Headers = [],
            Threads = threads,
            Target = target,
            OutputDirectory = Path.Combine(output, "cs"),
            ShimPath = Path.Combine(output, "native", "ItkCore_wrap.cpp"),
            IncludeDirs = [Path.Combine(Root, "native", "include")],
            MaximumShimUnits = 64, // one shim source a class, so a diff names the class it is about
        };
        var diagnostics = new DiagnosticBag();
        var module = GenerationPipeline.Bind(settings, diagnostics, TextWriter.Null);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.NotNull(module);
        var files = new BindingEmitter(new TemplateSet(), diagnostics).Emit(module, settings.OutputDirectory, settings.ShimPath);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return (module, files, diagnostics);
    }

    private static string Scrub(string text) => text.Replace(Root.TrimEnd('/') + "/", "{RepoRoot}/", StringComparison.Ordinal);
}
