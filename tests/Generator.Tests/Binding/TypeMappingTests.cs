using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Binding;
using ItkBindGen.Cli;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Tests.Binding;

/// <summary>How C++ signatures map to C#, and what is skipped with which warning, on a small header of its own.</summary>
public class TypeMappingTests
{
    private const string Header = """
        #pragma once
        #include <exception>
        #include <string>
        #include <vector>
        namespace itk
        {
        struct Failure : std::exception
        {
          const char * what() const noexcept override;
          int Code() const;
        };
        class LightObject
        {
        public:
          virtual void Register() const;
          virtual void UnRegister() const noexcept;
        protected:
          virtual ~LightObject();
        };
        template <typename T> class SmartPointer
        {
        public:
          T * GetPointer() const;
        private:
          T * m_Pointer;
        };
        template <unsigned int D> struct Size { unsigned long m_InternalArray[D]; unsigned long & operator[](unsigned int i); };
        enum class Mode : short { A = -2, B = 7 };
        class Widget : public LightObject
        {
        public:
          static SmartPointer<Widget> New();
          void SetSize(const Size<3> & size);
          const Size<3> & GetSize() const;
          void SetScale(double scale);
          double GetScale() const;
          void SetName(const std::string & name, bool upper = false);
          std::string GetName() const;
          void Weights(const std::vector<float> & weights, const std::vector<float> & defaults = std::vector<float>());
          Widget * Parent() const;
          void SetParent(Widget * parent);
          void Mode(Mode mode);
          void Fill(int & out) const;
          void Callback(void (*callback)(int));
          int operator()(int) const;
        };
        }
        """;

    private const string Interface = """
        %module Mapping
        %include "mapping.h"
        %ignore itk::LightObject;
        %rename(SetMode) itk::Widget::Mode;
        %nothread itk::Widget::GetScale;
        %feature("autodoc") itk::Widget;
        %feature("director") itk::NoSuchClass;
        %apply double INPUT[3] { const double * nothing };
        """;

    private static (ModuleBinding Module, DiagnosticBag Diagnostics) Bind(bool threads)
    {
        var folder = Path.Combine(Path.GetTempPath(), "itkbindgen-mapping-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "mapping.h"), Header);
        File.WriteAllText(Path.Combine(folder, "mapping.i"), Interface);
        var settings = new GenerateSettings
        {
            InterfaceFiles = [Path.Combine(folder, "mapping.i")],
            Headers = [],
            Threads = threads,
            OutputDirectory = folder,
            IncludeDirs = [folder],
        };
        var diagnostics = new DiagnosticBag();
        var module = GenerationPipeline.Bind(settings, diagnostics, TextWriter.Null);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return (module!, diagnostics);
    }

    private static readonly Lazy<(ModuleBinding Module, DiagnosticBag Diagnostics)> Threaded = new(() => Bind(threads: true));

    private static ClassBinding Widget => Assert.Single(Threaded.Value.Module.Classes, c => c.CsName == "Widget");

    private static MethodBinding Method(string name, int parameters) =>
        Assert.Single(Widget.Methods, m => m.CsName == name && m.Parameters.Count == parameters);

    [Fact]
    public void NewBecomesTheConstructorAndTheBaseIsTheRuntimeObject()
    {
        Assert.Single(Widget.Constructors);
        Assert.Equal("NativeObject", Widget.BaseCsName);
        Assert.DoesNotContain(Widget.Methods, m => m.CppName is "New" or "Register" or "UnRegister");
    }

    [Fact]
    public void SizesAreFixedLengthArrays()
    {
        var size = Method("SetSize", 1).Parameters[0];
        Assert.Equal(("FixedArray", "ulong[] size"), (size.Marshaller.Kind, size.Crossing.CsDeclaration));
        Assert.Contains("if (size.Length != 3)", size.Crossing.CsChecks);
        Assert.Equal("itk::Size<3> size_value;", size.Crossing.CppBefore[0]);
        Assert.Equal("FixedArray", Method("GetSize", 0).ReturnMarshaller.Kind);
    }

    [Fact]
    public void StringsVectorsAndObjects()
    {
        Assert.Equal("String", Method("SetName", 2).Parameters[0].Marshaller.Kind);
        Assert.Equal(("string", "nint"), (Method("GetName", 0).Return.CsType, Method("GetName", 0).Return.CsInteropReturnType));
        Assert.Equal(("float[]", "PrimitiveVector"), (Method("Weights", 1).Parameters[0].Crossing.CsType, Method("Weights", 1).Parameters[0].Marshaller.Kind));
        Assert.Equal("Widget?", Method("Parent", 0).Return.CsType);
        Assert.Equal(("Widget", "NativeObjectHandle parent"), (Method("SetParent", 1).Parameters[0].Crossing.CsType, Method("SetParent", 1).Parameters[0].Crossing.CsInteropParameters[0]));
    }

    [Fact]
    public void DefaultsBecomeOptionalParametersOrOverloads()
    {
        Assert.Equal("false", Method("SetName", 2).Parameters[1].Default.CsText);
        // std::vector<float>() is no C# constant: one overload without the parameter, one with it required.
        Assert.Equal(DefaultArgument.None, Method("Weights", 2).Parameters[1].Default);
        Assert.NotEqual(Method("Weights", 1).NativeName, Method("Weights", 2).NativeName);
    }

    [Fact]
    public void EnumsKeepTheirUnderlyingTypeAndRenamesApply()
    {
        var mode = Assert.Single(Threaded.Value.Module.Enums);
        Assert.Equal(("Mode", "short"), (mode.CsName, mode.UnderlyingCsType));
        Assert.Equal(["-2", "7"], mode.Items.Select(i => i.Value));
        Assert.Equal("Enum", Method("SetMode", 1).Parameters[0].Marshaller.Kind);
    }

    [Fact]
    public void GetSetPairsOfOneTypeBecomeProperties()
    {
        Assert.Equal(["Scale", "Size"], Widget.Properties.Select(p => p.Name).Order());
        Assert.DoesNotContain(Widget.Properties, p => p.Name is "Name" or "Parent");
    }

    [Fact]
    public void ThreadPolicyFollowsTheFlagAndTheDirectives()
    {
        Assert.True(Method("SetScale", 1).ReleasesLock);
        Assert.False(Method("GetScale", 0).ReleasesLock);
        var locked = Bind(threads: false).Module.Classes.Single(c => c.CsName == "Widget");
        Assert.All(locked.Methods, m => Assert.False(m.ReleasesLock, m.CsName));
    }

    [Fact]
    public void WhatCannotBeMappedIsSkippedWithAWarningNamingTheMember()
    {
        var warnings = Threaded.Value.Diagnostics.Items.Where(d => d.Id == DiagnosticIds.MemberNotWrapped).Select(d => d.Message).ToList();
        Assert.Contains(warnings, w => w.Contains("operator()", StringComparison.Ordinal) && w.Contains("'operator()' has no C# counterpart the generator maps; %rename it", StringComparison.Ordinal));
        Assert.DoesNotContain(Widget.Methods, m => m.CppName is "operator()");
    }

    [Fact]
    public void ExceptionClassesGetNoProxyAndNoWarning()
    {
        Assert.DoesNotContain(Threaded.Value.Module.Classes, c => c.CsName == "Failure");
        Assert.DoesNotContain(Threaded.Value.Diagnostics.Items, d => d.Message.Contains("Failure", StringComparison.Ordinal));
    }

    [Fact]
    public void CFunctionPointersAreUnmanagedFunctionPointers() =>
        Assert.Equal("delegate* unmanaged<int, void> callback", Assert.Single(Method("Callback", 1).Parameters).CsDeclaration);

    [Fact]
    public void FeaturesAndRulesThatMatchNothingAreReported()
    {
        var diagnostics = Threaded.Value.Diagnostics.Items;
        Assert.Contains(diagnostics, d => d.Id == DiagnosticIds.FeatureNotSupported && d.Message.Contains("%feature(\"autodoc\") itk::Widget; is not applied", StringComparison.Ordinal));
        // A director feature naming no class is an unused directive like any other.
        Assert.Contains(diagnostics, d => d.Id == DiagnosticIds.DirectiveMatchesNothing && d.Message.Contains("%feature(\"director\") itk::NoSuchClass matches no wrapped declaration", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == DiagnosticIds.DirectiveMatchesNothing && d.Message.Contains("const double* nothing", StringComparison.Ordinal));
    }

    [Fact]
    public void NonConstReferencesAreWrittenBack()
    {
        var fill = Assert.Single(Method("Fill", 1).Parameters);
        Assert.Equal("ref int @out", fill.CsDeclaration);
        Assert.Equal(["int @outNative = @out;"], fill.Crossing.CsLocals);
        Assert.Equal(["*out = out_value;"], fill.Crossing.CppAfter);
    }
}
