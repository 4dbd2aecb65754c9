using System.Text;
using ItkBindGen.Cli;
using ItkBindGen.Diagnostics;
using ItkBindGen.Emit;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Emit;

/// <summary>
/// A module whose generated C# and C++ are each larger than 4 MiB is written whole: the shim passes the compiler's
/// syntax check and the C# compiles as a user's build would (<see cref="GeneratedCode.CSharpErrors"/>: the LibraryImport
/// generator, warnings as errors). Scriban used to cut every rendered file at 1 MiB without an error.
/// </summary>
public sealed class LargeModuleTests : IDisposable
{
    private const int Classes = 5;
    private const int MethodsPerClass = 1300;
    private const long FourMiB = 4L * 1024 * 1024;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "itkbindgen-large-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_module_over_four_mebibytes_is_generated_complete_and_compiles()
    {
        Directory.CreateDirectory(_folder);
        var header = Path.Combine(_folder, "widgets.h");
        File.WriteAllText(header, Header());
        var settings = new GenerateSettings
        {
            InterfaceFiles = [],
            Headers = [header],
            ModuleName = "Widgets",
            Threads = true,
            OutputDirectory = Path.Combine(_folder, "cs"),
            ShimPath = Path.Combine(_folder, "native", "Widgets_wrap.cpp"),
            IncludeDirs = [Path.Combine(RepositoryPaths.Root, "native", "include")],
        };
        var diagnostics = new DiagnosticBag();
        Assert.True(GenerationPipeline.Run(settings, diagnostics, TextWriter.Null), string.Join("\n", diagnostics.Items));

        var csharp = Directory.GetFiles(settings.OutputDirectory, "*.cs");
        var cpp = Directory.GetFiles(Path.GetDirectoryName(settings.ShimPath)!, "*.cpp");
        Assert.True(csharp.Sum(f => new FileInfo(f).Length) > FourMiB, "expected more than 4 MiB of C#");
        Assert.True(cpp.Sum(f => new FileInfo(f).Length) > FourMiB, "expected more than 4 MiB of C++");
        Assert.True(new FileInfo(Path.Combine(settings.OutputDirectory, "Widget0.cs")).Length > 1024 * 1024, "one class file alone is past Scriban's old 1 MiB limit");
        Assert.All(csharp.Concat(cpp), file => Assert.DoesNotContain("...", File.ReadAllText(file)[^8..], StringComparison.Ordinal));

        // The shim's syntax check (a g++ process) runs beside the C# compile (in this process): they are independent.
        var syntax = Task.Run(() => Commands.Run("g++", ["-std=c++17", "-fsyntax-only", "-I", Path.GetDirectoryName(settings.ShimPath)!, "-I", settings.IncludeDirs[0], .. cpp.Order(StringComparer.Ordinal)]));
        var csharpErrors = GeneratedCode.CSharpErrors(csharp.Order(StringComparer.Ordinal).Select(f => new GeneratedFile(f, File.ReadAllText(f))));
        var checkedSyntax = await syntax;
        Assert.True(checkedSyntax.ExitCode == 0, checkedSyntax.Output);
        Assert.True(csharpErrors.Count == 0, string.Join("\n", csharpErrors.Take(20)));
    }

    // Every method takes and returns kinds with conversion code on both sides: strings, vectors, bools, enums of numbers.
    private static string Header()
    {
        var text = new StringBuilder("#pragma once\n#include \"itkObject.h\"\n#include <string>\n#include <vector>\n\nnamespace widgets\n{\n");
        for (var c = 0; c < Classes; c++)
        {
            text.Append($"class Widget{c} : public itk::Object\n{{\npublic:\n  using Self = Widget{c};\n  using Pointer = itk::SmartPointer<Self>;\n  static Pointer New();\n");
            for (var m = 0; m < MethodsPerClass; m++)
            {
                text.Append($"  std::vector<double> Transform{m}(const std::vector<double> & values, const std::string & label, bool normalize, int count, double scale);\n");
            }
            text.Append("};\n\n");
        }
        return text.Append("} // namespace widgets\n").ToString();
    }

}
