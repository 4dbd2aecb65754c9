using ItkBindGen.Cli;
using ItkBindGen.Diagnostics;
using ItkBindGen.Emit;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Binding;

/// <summary>
/// Parameters named after every name the generated code declares (its locals, its extra import and shim parameters,
/// the director trampolines' names), in every kind that declares some: the generated C# and shim still compile, because
/// those names come from each wrapper's name scope, and the parameters keep their C++ names.
/// </summary>
public sealed class NameCollisionTests
{
    private const string Header = """
        #pragma once
        #include "itkImageRegion.h"
        #include "itkObject.h"
        #include "itkSize.h"
        #include <string>
        #include <vector>
        namespace names
        {
        struct Locals
        {
          static double Mix(double call, double result, double error, double self, double handle, double context, double values);
          static itk::Size<2> Grow(const itk::Size<2> & result, const itk::Size<2> & resultPointer, unsigned int i, unsigned int returned);
          static std::vector<double> Scale(const std::vector<double> & resultData, double resultLength, double result_data, double result_length);
          static std::vector<std::string> Names(const std::string & addresses, int i, int result, int resultCount);
          static std::vector<itk::Index<2>> Seeds(const std::vector<itk::Index<2>> & flat, int i, int j, int item, int flatPointer);
          static itk::ImageRegion<2> Crop(const itk::ImageRegion<2> & resultIndex, long resultSize, long result_index, long resultIndexPointer);
          static bool Divide(int result, int & resultNative, int & result_value, int & call);
          static void Fill(itk::Size<2> & result, itk::Size<2> & i, int resultPointer);
        };
        class Mixer : public itk::Object
        {
        public:
          using Self = Mixer;
          using Pointer = itk::SmartPointer<Self>;
          itkNewMacro(Self);
          virtual double Mix(double context, double thrown, double self, double result, double exception, double call) const;
          virtual void Tell(const std::string & thrown, int context);
        };
        } // namespace names
        """;

    [Fact]
    public void Parameters_named_like_the_generated_names_compile_and_keep_their_names()
    {
        var folder = Directory.CreateTempSubdirectory("itkbindgen-names-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "names.h"), Header);
            File.WriteAllText(Path.Combine(folder, "names.i"), """
                %module Names
                %{
                #include "names.h"
                %}
                %include "names.h"
                %feature("director") names::Mixer;
                """);
            var settings = new GenerateSettings
            {
                InterfaceFiles = [Path.Combine(folder, "names.i")],
                Headers = [],
                Threads = true,
                OutputDirectory = Path.Combine(folder, "out", "cs"),
                ShimPath = Path.Combine(folder, "out", "native", "Names_wrap.cpp"),
                IncludeDirs = [folder, Path.Combine(RepositoryPaths.Root, "native", "include")],
            };
            var diagnostics = new DiagnosticBag();
            var module = GenerationPipeline.Bind(settings, diagnostics, TextWriter.Null);
            Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
            Assert.DoesNotContain(diagnostics.Items, d => d.Id == DiagnosticIds.MemberNotWrapped && d.Message.Contains("names::", StringComparison.Ordinal));
            var files = new BindingEmitter(new TemplateSet(), diagnostics).Emit(module!, settings.OutputDirectory, settings.ShimPath);
            Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));

            var mix = module!.Classes.Single(c => c.CsName == "Locals").Methods.Single(m => m.CsName == "Mix");
            Assert.Equal(["call", "result", "error", "self", "handle", "context", "values"], mix.Parameters.Select(p => p.Name));
            var directed = module.Classes.Single(c => c.CsName == "Mixer").Director!.Methods;
            Assert.Contains(directed, d => d.CsName == "Mix" && d.Parameters.Select(p => p.Name.Cs).SequenceEqual(["context", "thrown", "self", "result", "exception", "call"]));
            Assert.Contains(directed, d => d.CsName == "Tell");

            var csharp = GeneratedCode.CSharpErrors(files);
            Assert.True(csharp.Count == 0, string.Join("\n", csharp));
            Assert.Null(GeneratedCode.CppErrors(files, folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
