using ItkBindGen.Binding;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Binding;

/// <summary>
/// Declarations of SWIG's test suite whose generated output once did not compile: each now generates C# and a shim
/// that compile, with the C# names, missing accessors or skipped members asserted.
/// </summary>
public sealed class SwigSuiteDefectTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-swigdefects-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Cpp_names_that_are_CSharp_keywords_are_renamed_with_a_trailing_underscore()
    {
        var module = GenerateAndCompile("""
            #pragma once
            struct override { int in; int delegate(int out) { return out; } static int lock; };
            enum fixed { null, value };
            int checked(int string);
            """);

        var proxy = module.Classes.Single(c => c.CppName == "override");
        Assert.Equal("override_", proxy.CsName);
        Assert.Contains(proxy.Properties, p => p.Name == "in_");
        Assert.Contains(proxy.Properties, p => p.Name == "lock_");
        var method = proxy.Methods.Single(m => m.CppName == "delegate");
        Assert.Equal("delegate_", method.CsName);
        Assert.Equal("int @out", method.Parameters[0].CsDeclaration);
        var e = module.Enums.Single(x => x.CppName == "fixed");
        Assert.Equal("fixed_", e.CsName);
        Assert.Equal(["null_", "value"], e.Items.Select(i => i.Name));
        Assert.Contains(module.Functions, f => f.CsName == "checked_");
    }

    [Fact]
    public void Fields_whose_class_cannot_be_assigned_or_copied_have_no_writer_or_are_borrowed()
    {
        var module = GenerateAndCompile("""
            #pragma once
            struct ConstMember { ConstMember() : value() {} const int value[1]; };
            struct PrivateAssign { PrivateAssign() {} PrivateAssign(const PrivateAssign &) {} private: PrivateAssign & operator=(const PrivateAssign &); };
            struct DeletedAssign { DeletedAssign & operator=(const DeletedAssign &) = delete; };
            struct NoCopy { NoCopy() {} NoCopy(const NoCopy &) = delete; };
            struct RvalueMember { RvalueMember(int && v) : value(static_cast<int &&>(v)) {} int && value; };
            struct Derived : ConstMember {};
            struct Fields
            {
                ConstMember constMember; PrivateAssign privateAssign; DeletedAssign deletedAssign; Derived derived;
                NoCopy noCopy; int plain;
            };
            struct RvalueFields { RvalueFields(int && v) : member(static_cast<int &&>(v)) {} RvalueMember member; };
            """);

        var fields = module.Classes.Single(c => c.CsName == "Fields");
        Assert.All(new[] { "constMember", "privateAssign", "deletedAssign", "derived" },
            name => Assert.Null(fields.Properties.Single(p => p.Name == name).Setter));
        Assert.NotNull(fields.Properties.Single(p => p.Name == "plain").Setter);
        // A class without a public copy constructor (declared so, or through a member) is read by reference: its proxy borrows it.
        Assert.Contains("NativeObjectHandle.Borrow(", string.Concat(fields.Properties.Single(p => p.Name == "noCopy").Getter.Return.CsReturn), StringComparison.Ordinal);
        var rvalue = module.Classes.Single(c => c.CsName == "RvalueFields");
        Assert.Contains("NativeObjectHandle.Borrow(", string.Concat(rvalue.Properties.Single(p => p.Name == "member").Getter.Return.CsReturn), StringComparison.Ordinal);
    }

    [Fact]
    public void Classes_whose_implicit_constructor_or_destructor_is_deleted_or_whose_new_is_protected_get_no_constructor()
    {
        var module = GenerateAndCompile("""
            #pragma once
            struct ConstMember { const int value; };
            struct ReferenceMember { int & value; };
            struct NoDefault { NoDefault(int) {} };
            struct Derived : NoDefault { int extra; };
            struct Initialized { const int value = 1; int & reference = *new int(0); };
            struct NoDestructor { ~NoDestructor() = delete; };
            struct DerivedNoDestructor : NoDestructor { int extra; };
            struct Outer { DerivedNoDestructor * inner; };
            struct ProtectedNew { ProtectedNew() {} protected: static void * operator new(decltype(sizeof 0) size); };
            struct Plain { int value; };
            class ProtectedBase { protected: ProtectedBase() {} virtual ~ProtectedBase() {} };
            class Open : public ProtectedBase { public: int value = 0; };
            """);

        ClassBinding Class(string name) => module.Classes.Single(c => c.CsName == name);
        Assert.Empty(Class("ConstMember").Constructors);
        Assert.Empty(Class("ReferenceMember").Constructors);
        Assert.Empty(Class("Derived").Constructors);
        Assert.Single(Class("Initialized").Constructors);
        Assert.Single(Class("Plain").Constructors);
        // A derived class's implicit members may call its base's protected ones.
        Assert.Single(Class("Open").Constructors);
        // A class whose destructor is deleted, declared or implicitly, has no proxy that could own one.
        Assert.DoesNotContain(module.Classes, c => c.CsName is "NoDestructor" or "DerivedNoDestructor");
        Assert.Empty(Class("ProtectedNew").Constructors);
        Assert.Contains(Class("ProtectedNew").Skipped, s => s.Reason.Contains("operator new is not public", StringComparison.Ordinal));
    }

    [Fact]
    public void An_instantiated_constructor_template_is_a_constructor_not_a_member_named_like_the_class()
    {
        var module = GenerateAndCompile("""
            #pragma once
            struct Car {};
            struct Hoo { Hoo() {} template <class T> Hoo(const T * p) { (void)p; } };
            """, "%template(Hoo) Hoo::Hoo<Car>;\n");

        var hoo = module.Classes.Single(c => c.CsName == "Hoo");
        Assert.Equal(["", "Car p"], hoo.Constructors.Select(c => c.CsParameterList));
        Assert.DoesNotContain(hoo.Methods, m => m.CsName == "Hoo");
    }

    [Fact]
    public void An_enum_template_argument_is_spelled_as_a_cast_to_the_enum()
    {
        var module = GenerateAndCompile("""
            #pragma once
            namespace ns { enum Hello { hi, hello }; }
            template <ns::Hello H, class T> struct Base { T Get() const { return T(); } };
            template <ns::Hello H, class T> struct Derived {};
            template <class T> struct Derived<ns::hello, T> : Base<ns::hello, T> {};
            """, "%template(BaseHi) Base<ns::hi, int>;\n%template(DerivedHello) Derived<ns::hello, int>;\n");

        Assert.Equal("Base<static_cast<ns::Hello>(0), int>", module.Classes.Single(c => c.CsName == "BaseHi").CppName);
        // A partial specialization's arguments are read against the primary template's parameters.
        Assert.Equal("Derived<static_cast<ns::Hello>(1), int>", module.Classes.Single(c => c.CsName == "DerivedHello").CppName);
    }

    [Fact]
    public void Unnamed_bit_fields_get_no_property_and_a_renamed_literal_operator_keeps_its_quotes_in_the_metrics_tag()
    {
        var module = GenerateAndCompile("""
            #pragma once
            struct Bits { int x : 4; int : 2; unsigned int : 5; unsigned f : 1; };
            struct Distance { double metres; };
            inline Distance operator""_km(unsigned long long value) { return Distance{static_cast<double>(value) * 1000}; }
            """, "%rename(Km) operator\"\"_km(unsigned long long);\n");

        Assert.Equal(["x", "f"], module.Classes.Single(c => c.CsName == "Bits").Properties.Select(p => p.Name));
        Assert.True(module.Functions.Count == 1, string.Join("; ", module.SkippedFunctions.Select(s => s.Member + ": " + s.Reason)));
        var km = module.Functions[0];
        Assert.Equal("Km", km.CsName);
        Assert.Contains("\"operator\\\"\\\"_km\"", km.CsScope, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_qualified_rvalue_are_called_on_the_object_as_an_rvalue()
    {
        var module = GenerateAndCompile("""
            #pragma once
            struct RefQualifier { int m1() && { return 1; } int m2() const && { return 2; } };
            """);

        var methods = module.Classes.Single(c => c.CsName == "RefQualifier").Methods;
        Assert.Equal("static_cast<RefQualifier &&>(*ibg::value_of<RefQualifier>(self)).m1()", methods.Single(m => m.CsName == "m1").CppCall);
        Assert.Contains(methods, m => m.CsName == "m2");
    }

    [Fact]
    public void A_free_function_using_an_enum_of_an_instantiation_the_parser_did_not_list_is_skipped_not_given_a_broken_holder()
    {
        var module = GenerateAndCompile("""
            #pragma once
            template <class T> struct Tree { enum types { Oak, Fir }; };
            inline Tree<int>::types chop(Tree<int>::types type) { return type; }
            """, "%template(TreeInt) Tree<int>;\n");

        Assert.DoesNotContain(module.Classes, c => c.CsName.Contains('<', StringComparison.Ordinal));
        Assert.Contains(module.SkippedFunctions, s => s.Member.StartsWith("chop(", StringComparison.Ordinal) && s.Reason.Contains("is not wrapped", StringComparison.Ordinal));
    }

    [Fact]
    public void A_default_written_only_in_the_interface_file_s_declaration_is_passed_by_the_shim()
    {
        // As default_args_c: the C++ the shim compiles declares no default, the interface file's declaration does.
        var module = GenerateAndCompile("#pragma once\n", """
            %{
            inline int scaled(int x, int factor) { return x * factor; }
            struct Box { Box(int side) : side(side) {} int grown(int by) const { return side + by; } int side; };
            %}
            int scaled(int x, int factor = 2 * 3);
            struct Box { Box(int side = 1 + 1); int grown(int by = 4 / 2) const; int side; };
            """);

        Assert.Contains(module.Functions, f => f.CppCall == "::scaled(x, 2 * 3)");
        Assert.Contains(module.Functions, f => f.CppCall == "::scaled(x, factor)");
        var box = module.Classes.Single(c => c.CsName == "Box");
        Assert.Contains(box.Methods, m => m.CppCall.EndsWith("->grown(4 / 2)", StringComparison.Ordinal));
        Assert.Contains(box.Constructors, c => c.Factory.CppCall == "new Box(1 + 1)");
    }

    [Fact]
    public void A_free_function_with_a_parameter_of_its_own_name_is_called_by_its_qualified_name()
    {
        // As doxygen_misc_constructs' waitTime: the entry point's parameter (its own error parameter too) would hide the function it calls.
        var module = GenerateAndCompile("#pragma once\ninline int waitTime(long waitTime) { return static_cast<int>(waitTime); }\ninline int error(int self) { return self; }\n");

        Assert.Equal(["::waitTime(waitTime)", "::error(self)"], module.Functions.Select(f => f.CppCall));
    }

    [Fact]
    public void A_class_whose_name_a_variable_or_function_hides_is_spelled_elaborated_in_the_shim()
    {
        // As tag_no_clash_with_variable: after 'struct buffalo buffalo;' C++ names the type only as 'struct buffalo'.
        var module = GenerateAndCompile("""
            #pragma once
            struct buffalo { int foo; };
            extern struct buffalo buffalo;
            union onion { int cheese; };
            extern union onion onion;
            struct calf : buffalo { int age; };
            struct herd { struct buffalo first; static int count(struct buffalo b) { return b.foo; } };
            namespace ns { struct yak { int hair; }; inline int yak(int x) { return x; } }
            inline struct buffalo twin(const struct buffalo * b) { return *b; }
            """);

        ClassBinding Class(string name) => module.Classes.Single(c => c.CsName == name);
        Assert.Equal(("struct buffalo", "ibg_buffalo"), (Class("buffalo").CppSpelling, Class("buffalo").CppAlias));
        Assert.Equal(("union onion", "ibg_onion"), (Class("onion").CppSpelling, Class("onion").CppAlias));
        Assert.Equal(("struct ns::yak", "ibg_yak"), (Class("yak").CppSpelling, Class("yak").CppAlias));
        Assert.Equal(("calf", "calf"), (Class("calf").CppSpelling, Class("calf").CppAlias));
        Assert.Equal("buffalo", Class("calf").BaseClass?.CsName);
        Assert.Contains(Class("calf").Properties, p => p.Getter.CppCall == "ibg::value_of<calf, struct buffalo>(self)->age");
        Assert.Contains(Class("herd").Properties, p => p.Name == "first");
        Assert.Contains(module.Functions, f => f.CsName == "twin");
    }

    private ModuleBinding GenerateAndCompile(string header, string directives = "") => HeaderModule.GenerateAndCompile(_root, "Sd", header, directives);
}
