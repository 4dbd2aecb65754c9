using ItkBindGen.Parsing;

namespace ItkBindGen.Tests.Parsing;

/// <summary>The libclang member walk, and the model checked against it: no public member is silently missing.</summary>
public sealed class LibclangMembersTests
{
    private const string Header = """
        #pragma once
        namespace lm {
        struct Base { int Shared() const; static int Count(); int base_field; };
        template <typename T>
        class Holder : public Base
        {
        public:
          enum Mode { A, B };
          typedef T ValueType;
          struct Inner { int x; };
          Holder();
          Holder(const Holder &) = delete;
          ~Holder();
          T Get() const;
          static Holder Make();
          bool operator==(const Holder & other) const;
          operator bool() const;
          template <typename U> U As() const;
          using Base::Shared;
          T value;
          static const int Size = 2;
          friend class Base;
        protected:
          void Hidden();
        private:
          int secret;
        };
        }
        """;

    private static string HeaderFile() => ParsingTestSupport.WriteTempHeader("lm.h", Header);

    [Fact]
    public void Lists_every_public_member_of_an_instantiation_and_its_bases()
    {
        var members = LibclangMembers.Of([HeaderFile()], [], "lm::Holder<double>");
        Assert.Equal(
            ["Enum Mode", "Typedef ValueType", "Class Inner", "Constructor Holder<T>", "Constructor Holder<T>", "Destructor ~Holder<T>", "Method Get",
             "StaticMethod Make", "Operator operator==", "Conversion operator bool", "FunctionTemplate As", "UsingDeclaration Shared",
             "Field value", "StaticField Size", "Method Shared", "StaticMethod Count", "Field base_field"],
            members.Select(m => $"{m.Kind} {m.Name}"));
        Assert.Equal(["lm::Holder<double>", "lm::Base"], members.Select(m => m.DeclaringClass).Distinct());
        Assert.Single(members, m => m.IsDeleted);
        Assert.Equal("As()", Assert.Single(members, m => m.Kind == LibclangMemberKind.FunctionTemplate).DisplayName);
    }

    [Fact]
    public void The_model_lists_every_public_function_and_function_template_libclang_shows()
    {
        var header = HeaderFile();
        var (compilation, diagnostics) = ParsingTestSupport.Parse(header, "lm::Holder<double>");
        Assert.False(diagnostics.HasErrors, ParsingTestSupport.Describe(diagnostics));
        AssertModelComplete(compilation, LibclangMembers.Of([header], [], "lm::Holder<double>"));
    }

    [ItkFact]
    public void The_model_of_an_itk_image_misses_no_public_function_or_member_template()
    {
        var header = Path.Combine(ParsingTestSupport.ItkIncludeDir, "itkImage.h");
        var (compilation, diagnostics) = ParsingTestSupport.Parse([header], [ParsingTestSupport.ItkIncludeDir], ["itk::Image<float,2>"]);
        Assert.False(diagnostics.HasErrors, ParsingTestSupport.Describe(diagnostics));
        var members = LibclangMembers.Of([header], [ParsingTestSupport.ItkIncludeDir], "itk::Image<float,2>");
        Assert.Equal(["itk::Image<float, 2>", "itk::ImageBase<2>", "itk::DataObject", "itk::Object", "itk::LightObject"],
            members.Select(m => m.DeclaringClass).Distinct());
        Assert.Equal(8, members.Count(m => m.Kind == LibclangMemberKind.FunctionTemplate && m.Name.Contains("PhysicalPoint", StringComparison.Ordinal)));
        AssertModelComplete(compilation, members);
    }

    /// <summary>Per declaring class, the model's functions and function templates have the names (and counts) libclang shows.</summary>
    private static void AssertModelComplete(CppCompilation compilation, IReadOnlyList<LibclangMember> members)
    {
        static string Names(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal));
        foreach (var group in members.GroupBy(m => m.DeclaringClass))
        {
            var cls = compilation.FindClass(group.Key);
            Assert.True(cls is not null, $"the model has no class '{group.Key}'");
            Assert.Equal(
                Names(group.Where(m => m.Kind is LibclangMemberKind.Method or LibclangMemberKind.StaticMethod or LibclangMemberKind.Operator).Select(m => m.Name)),
                Names(cls.Functions.Where(f => !f.Flags.HasFlag(CppFunctionFlags.Conversion)).Select(f => f.Name)));
            Assert.Equal(Names(group.Where(m => m.Kind == LibclangMemberKind.FunctionTemplate).Select(m => m.Name)), Names(cls.FunctionTemplates.Select(t => t.Name)));
            Assert.Equal(group.Count(m => m.Kind == LibclangMemberKind.Constructor), cls.Constructors.Count);
        }
    }
}
