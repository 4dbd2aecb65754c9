using ItkBindGen.Binding;
using ItkBindGen.Binding.Directives;
using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;
using ItkBindGen.Parsing;

namespace ItkBindGen.Tests.Binding;

/// <summary>The one index every directive naming declarations is matched by: lock policy, names, use.</summary>
public sealed class DirectiveIndexTests
{
    private static Index Table(bool threads, string directives) => new(Request(threads, directives));

    private static DirectiveIndex Request(bool threads, string directives)
    {
        var diagnostics = new DiagnosticBag();
        var file = InterfaceParser.ParseText(directives, "t.i", diagnostics);
        Assert.Empty(diagnostics.Items);
        return new DirectiveIndex(new BindingRequest
        {
            ModuleName = "M", Namespace = "M", NativeLibrary = "M", Threads = threads, Target = BindingRequest.NativeCoreTarget,
            ShimFileName = "M_wrap.cpp", WrappedHeaders = [],
            NameRules = file.NameRules, ThreadDirectives = file.ThreadDirectives, Features = file.Features, Applies = file.Applies,
        });
    }

    // The questions the binder asks, in the words of the tests below.
    private sealed class Index(DirectiveIndex index)
    {
        public bool ReleasesLock(string declaringClass, string member) => Policy(declaringClass, member, trivialAccessor: false) == LockPolicy.Releases;

        public bool ReleasesLock(string function) => index.FunctionPolicy(function) == LockPolicy.Releases;

        public LockPolicy Policy(string declaringClass, string member, bool trivialAccessor) => index.MemberPolicy(declaringClass, member, trivialAccessor);

        public LockPolicy VariablePolicy(string variable) => index.VariablePolicy(variable);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Without_directives_the_global_flag_decides(bool threads)
    {
        var table = Table(threads, "");
        Assert.Equal(threads, table.ReleasesLock("itk::ProcessObject", "Update"));
        Assert.Equal(threads, table.ReleasesLock("itk::Compute"));
    }

    [Fact]
    public void A_method_directive_beats_the_global_flag()
    {
        var table = Table(true, "%nothread itk::MultiThreaderBase::SetGlobalDefaultNumberOfThreads;");
        Assert.False(table.ReleasesLock("itk::MultiThreaderBase", "SetGlobalDefaultNumberOfThreads"));
        Assert.True(table.ReleasesLock("itk::MultiThreaderBase", "GetGlobalDefaultNumberOfThreads"));

        var off = Table(false, "%thread itk::ProcessObject::Update;");
        Assert.True(off.ReleasesLock("itk::ProcessObject", "Update"));
        Assert.False(off.ReleasesLock("itk::ProcessObject", "Modified"));
    }

    [Fact]
    public void A_trivial_accessor_keeps_the_lock_where_others_release_unless_thread_names_the_member_itself()
    {
        var table = Table(true, "%thread itk::MedianImageFilter; %thread itk::ProcessObject::GetNumberOfWorkUnits; %nothread itk::Object::SetDebug;");
        Assert.Equal(LockPolicy.Keeps, table.Policy("itk::BinaryThresholdImageFilter<itk::Image<float, 2>>", "SetInsideValue", trivialAccessor: true));
        // A class-level %thread does not reach its accessors; a member-level directive does, either way.
        Assert.Equal(LockPolicy.Keeps, table.Policy("itk::MedianImageFilter", "SetRadius", trivialAccessor: true));
        Assert.Equal(LockPolicy.Releases, table.Policy("itk::MedianImageFilter", "Update", trivialAccessor: false));
        Assert.Equal(LockPolicy.Releases, table.Policy("itk::ProcessObject", "GetNumberOfWorkUnits", trivialAccessor: true));
        Assert.Equal(LockPolicy.Holds, table.Policy("itk::Object", "SetDebug", trivialAccessor: true));
        // Without -threads everything holds, accessors too.
        Assert.Equal(LockPolicy.Holds, Table(false, "").Policy("itk::ProcessObject", "SetNumberOfWorkUnits", trivialAccessor: true));
    }

    [Fact]
    public void A_global_variable_keeps_the_lock_as_an_accessor_does_unless_a_directive_names_it()
    {
        var table = Table(true, "%thread geo::Slow; %nothread geo::Held;");
        Assert.Equal(LockPolicy.Keeps, table.VariablePolicy("geo::Counter"));
        Assert.Equal(LockPolicy.Releases, table.VariablePolicy("geo::Slow"));
        Assert.Equal(LockPolicy.Holds, table.VariablePolicy("geo::Held"));
        Assert.Equal(LockPolicy.Holds, Table(false, "").VariablePolicy("geo::Counter"));
        Assert.Equal(LockPolicy.Releases, Table(false, "%thread ::Counter;").VariablePolicy("Counter"));
    }

    [Theory]
    [InlineData("itkSetMacro", true)]
    [InlineData("itkGetConstReferenceMacro", true)]
    [InlineData("itkBooleanMacro", true)]
    [InlineData("itkSetObjectMacro", false)]
    [InlineData("itkSetInputMacro", false)]
    [InlineData(null, false)]
    public void Only_the_set_get_macro_family_makes_trivial_accessors(string? macro, bool trivial)
    {
        Assert.Equal(trivial, TrivialAccessors.IsTrivial(macro));
    }

    [Fact]
    public void A_class_directive_beats_the_global_flag_for_every_member()
    {
        var table = Table(false, "%thread itk::TestHooks;");
        Assert.True(table.ReleasesLock("itk::TestHooks", "BlockUntilLockTaken"));
        Assert.False(table.ReleasesLock("itk::Other", "BlockUntilLockTaken"));

        var on = Table(true, "%nothread itk::Object;");
        Assert.False(on.ReleasesLock("itk::Object", "Modified"));
    }

    [Fact]
    public void A_method_directive_beats_its_class_directive()
    {
        var table = Table(false, "%thread itk::ProcessObject::Update;\n%nothread itk::ProcessObject;");
        Assert.True(table.ReleasesLock("itk::ProcessObject", "Update"));
        Assert.False(table.ReleasesLock("itk::ProcessObject", "SetNumberOfWorkUnits"));

        var reverse = Table(true, "%nothread itk::ProcessObject::Update;\n%thread itk::ProcessObject;");
        Assert.False(reverse.ReleasesLock("itk::ProcessObject", "Update"));
        Assert.True(reverse.ReleasesLock("itk::ProcessObject", "GetProgress"));
    }

    [Fact]
    public void Directives_follow_the_declaring_class_not_the_proxy()
    {
        // Update is declared by ProcessObject; a median filter proxy calling it passes the declaring class.
        var table = Table(true, "%nothread itk::ProcessObject::Update;\n%thread itk::MedianImageFilter;");
        Assert.False(table.ReleasesLock("itk::ProcessObject", "Update"));
        Assert.True(table.ReleasesLock("itk::MedianImageFilter", "SetRadius"));
    }

    [Fact]
    public void Template_arguments_and_leading_colons_do_not_matter()
    {
        var table = Table(false, "%thread ::itk::MedianImageFilter::Update;\n%thread itk::BoxImageFilter;");
        Assert.True(table.ReleasesLock("itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>", "Update"));
        Assert.True(table.ReleasesLock("::itk::BoxImageFilter<itk::Image<float,2>, itk::Image<float,2> >", "SetRadius"));
    }

    [Fact]
    public void Free_functions_use_their_own_directive_or_the_flag()
    {
        var table = Table(true, "%nothread itk::SetGlobalThreads;\n%nothread itk;");
        Assert.False(table.ReleasesLock("itk::SetGlobalThreads"));
        Assert.True(table.ReleasesLock("itk::Compute"));
    }

    [Fact]
    public void The_later_directive_on_one_target_wins()
    {
        var table = Table(false, "%nothread itk::A::Run;\n%thread itk::A::Run;");
        Assert.True(table.ReleasesLock("itk::A", "Run"));
    }

    [Fact]
    public void A_thread_directive_that_matches_nothing_is_reported_at_its_line_like_every_other_kind()
    {
        var index = Request(true, "%nothread itk::ProcessObject::Update;\n%thread itk::Typo::Run;\n%ignore itk::Gone;\n%rename(X) itk::Y;\n%feature(\"director\") itk::Z;");
        Assert.Equal(LockPolicy.Holds, index.MemberPolicy("itk::ProcessObject", "Update", trivialAccessor: false));
        var diagnostics = new DiagnosticBag();
        index.ReportUnused(diagnostics);
        Assert.All(diagnostics.Items, d => Assert.Equal(DiagnosticIds.DirectiveMatchesNothing, d.Id));
        Assert.Equal([2, 3, 4, 5], diagnostics.Items.Select(d => d.Location.Line).Order());
        Assert.Contains(diagnostics.Items, d => d.Message.StartsWith("%thread itk::Typo::Run matches no wrapped declaration", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_kind_normalises_names_one_way()
    {
        var index = Request(false, "%ignore ::itk::A::Run;\n%rename(Go) itk::A :: Go;\n%thread itk :: A;");
        Assert.True(index.IsIgnored(Declaration.InNamespace("itk::A<float, 2>::Run", DeclarationKind.Function)));
        Assert.Equal("Go", index.RenameOf(Declaration.InNamespace("itk::A<double>::Go", DeclarationKind.Function)));
        Assert.Equal(LockPolicy.Releases, index.MemberPolicy("itk::A<char>", "Other", trivialAccessor: false));
    }

    [Fact]
    public void A_leading_scope_operator_names_the_global_declaration_only_and_a_wildcard_any_other()
    {
        var index = Request(false, "%rename(globalOnly) ::g;\n%rename(anyScope) *::g;\n%ignore ::h;");
        Assert.Equal("globalOnly", index.RenameOf(Declaration.InNamespace("g", DeclarationKind.Function)));
        Assert.Equal("anyScope", index.RenameOf(Declaration.InNamespace("ns::g", DeclarationKind.Function)));
        Assert.True(index.IsIgnored(Declaration.InNamespace("h", DeclarationKind.Function)));
        Assert.False(index.IsIgnored(Declaration.InNamespace("ns::h", DeclarationKind.Function)));
    }

    [Fact]
    public void A_signature_target_names_only_the_overload_of_that_signature()
    {
        var target = DirectiveTarget.Parse("geo::Point::Scale(double, int) const");
        Assert.Equal("geo::Point::Scale", target.Name);
        Assert.True(target.Matches("geo::Point::Scale", Function("Scale", isConst: true, "double", "int")));
        Assert.False(target.Matches("geo::Point::Scale", Function("Scale", isConst: false, "double", "int")));
        Assert.False(target.Matches("geo::Point::Scale", Function("Scale", isConst: true, "double")));
        Assert.False(target.Matches("geo::Point::Scale", null));
        Assert.True(DirectiveTarget.Parse("f(void)").Matches("f", Function("f", isConst: false)));
        Assert.True(DirectiveTarget.Parse("geo::Point::Scale").Matches("geo::Point::Scale", Function("Scale", isConst: false, "double")));
    }

    private static CppFunction Function(string name, bool isConst, params string[] parameterTypes)
    {
        var function = new CppFunction
        {
            Name = name,
            ReturnType = new CppPrimitiveType(CppPrimitiveKind.Void, "void"),
            Flags = isConst ? CppFunctionFlags.Const : CppFunctionFlags.None,
        };
        function.Parameters.AddRange(parameterTypes.Select((t, i) => new CppParameter { Name = $"p{i}", Type = new CppPrimitiveType(t == "int" ? CppPrimitiveKind.Int : CppPrimitiveKind.Double, t) }));
        return function;
    }
}
