using ItkBindGen.Binding;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Binding;

/// <summary>
/// Global variables, a namespace's included: static properties of the module's class, read and written through the
/// shim (SWIG's module variables); what cannot be written has no setter, what cannot be read is reported, and the
/// generated C# and C++ compile.
/// </summary>
public sealed class GlobalVariableTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-globals-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private const string Header = """
        #pragma once
        #include <string>
        struct Holder { int v = 1; };
        struct Pinned { Pinned() = default; Pinned(const Pinned &) = delete; Pinned & operator=(const Pinned &) = delete; int v = 7; };
        struct Counted { static int instances; };
        inline int Counted::instances = 0;
        /// Widgets made so far.
        extern int widgets;
        inline double ratio = 0.5;
        inline std::string label = "abc";
        inline const char * greeting = "hello";
        inline int numbers[3] = {1, 2, 3};
        inline Holder holder;
        inline Pinned pinned;
        inline Holder * holder_ptr = &holder;
        constexpr int limit = 42;
        inline int hidden = 1;
        inline int renamed = 2;
        inline int frozen = 5;
        inline int Vars = 0;
        int tick();
        inline int tick_count = 0;
        extern "C" { inline int c_linkage = 11; }
        namespace outer { namespace inner { inline float depth = 1.5f; } }
        static int file_state = 0;
        static const int file_limit = 3;
        namespace lib { namespace { const int unnamed_limit = 4; int unnamed_state; } }
        inline const Pinned const_pinned{};
        inline int & widgets_ref = widgets;
        inline int counted = 0;
        int get_counted();
        """;

    [Fact]
    public void Variables_are_static_properties_of_the_module_class_and_what_cannot_be_written_has_no_setter()
    {
        var module = HeaderModule.GenerateAndCompile(_root, "Vars", Header, """
            %ignore hidden;
            %rename(Renamed) renamed;
            %immutable frozen;
            %rename(tick) tick_count;
            """);

        PropertyBinding Property(string name) => module.Properties.Single(p => p.Name == name);
        Assert.Equal(
            ["widgets", "ratio", "label", "greeting", "holder", "pinned", "holder_ptr", "limit", "Renamed", "frozen", "c_linkage", "file_limit", "depth", "unnamed_limit"],
            module.Properties.Select(p => p.Name));
        foreach (var writable in new[] { "widgets", "ratio", "label", "holder", "holder_ptr", "Renamed", "c_linkage", "depth" })
        {
            Assert.NotNull(Property(writable).Setter);
        }
        // const, %immutable, a class C++ cannot assign, and a C string the shim holds only for the call.
        foreach (var readOnly in new[] { "limit", "frozen", "pinned", "greeting" })
        {
            Assert.Null(Property(readOnly).Setter);
        }
        Assert.All(module.Properties, p => Assert.True(p.Getter.IsStatic));
        Assert.Equal("::outer::inner::depth", Property("depth").Getter.CppCall);
        // An unnamed namespace adds no name: its members are found in the enclosing one.
        Assert.Equal("::lib::unnamed_limit", Property("unnamed_limit").Getter.CppCall);
        Assert.Equal("::widgets = value", Property("widgets").Setter!.CppCall);
        Assert.Equal("string", Property("label").CsType);
        Assert.Equal("Holder?", Property("holder_ptr").CsType);
        // A pointer is written as it reads, null included: the setter stores the pointer and dereferences nothing.
        Assert.Equal("Holder? value", Assert.Single(Property("holder_ptr").Setter!.Parameters).CsDeclaration);
        Assert.Equal(["<summary>", "Widgets made so far.", "</summary>"], Property("widgets").Documentation);
        // The accessors are private calls of the module's class.
        Assert.Contains(module.Functions, f => f.CsName == "Read_widgets" && f.Access == MemberAccess.Private);
        Assert.Contains(module.Functions, f => f.CsName == "tick" && f.Access == MemberAccess.Public);

        var skipped = module.SkippedFunctions.ToDictionary(s => s.Member, s => s.Reason);
        Assert.Contains("no C# mapping", skipped["numbers"], StringComparison.Ordinal);
        // The module's class cannot hold a member of its own name, nor two of one name.
        Assert.Contains("taken in the module's class", skipped["Vars"], StringComparison.Ordinal);
        Assert.Contains("taken in the module's class", skipped["tick_count"], StringComparison.Ordinal);
        // Each source has its own copy of a non-const variable with internal linkage: the library's would not be reached.
        Assert.Contains("internal linkage", skipped["file_state"], StringComparison.Ordinal);
        Assert.Contains("it is a reference", skipped["widgets_ref"], StringComparison.Ordinal);
        Assert.Contains("internal linkage", skipped["unnamed_state"], StringComparison.Ordinal);
        Assert.Contains("C++ cannot copy", skipped["const_pinned"], StringComparison.Ordinal);
        // C# names a property's getter get_counted: the function of that name would clash.
        Assert.Contains("taken in the module's class", skipped["counted"], StringComparison.Ordinal);
        // A static member's definition outside its class is no global variable.
        Assert.DoesNotContain(module.Properties, p => p.Name == "instances");
        Assert.DoesNotContain(module.Properties, p => p.Name == "hidden");
    }

    [Fact]
    public void A_static_variable_of_the_interface_file_s_own_code_is_wrapped_in_its_one_translation_unit()
    {
        // The header's static variable has a copy in every source that includes it; the .i's is compiled once, in the shim.
        var module = HeaderModule.GenerateAndCompile(_root, "Own", """
            #pragma once
            static int header_state = 0;
            """, "%inline %{\nstatic int own_state = 0;\nnamespace { int own_unnamed = 0; }\nint touch() { return ++own_state + own_unnamed; }\n%}\n");

        Assert.True(module.OneTranslationUnit);
        Assert.Equal(["own_state", "own_unnamed"], module.Properties.Select(p => p.Name));
        Assert.All(module.Properties, p => Assert.NotNull(p.Setter));
        Assert.Contains("internal linkage", module.SkippedFunctions.Single(s => s.Member == "header_state").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variable_that_hides_its_enum_s_name_is_written_through_the_enum_s_tag()
    {
        // C's 'enum action action;': in C++ the name is the variable's, so the shim names the type 'enum action'.
        var module = HeaderModule.GenerateAndCompile(_root, "Tags", """
            #pragma once
            enum action { Stop, Go };
            inline enum action action = Go;
            extern "C" {
            enum mode { Slow, Fast };
            inline enum mode mode = Fast;
            }
            """);

        Assert.Equal(["action", "mode"], module.Properties.Select(p => p.Name));
        Assert.Equal("::action = static_cast<enum action>(value)", module.Properties[0].Setter!.CppCall);
        // In an extern "C" block as well, the block being no scope of its own.
        Assert.Equal("::mode = static_cast<enum mode>(value)", module.Properties[1].Setter!.CppCall);
    }

    [Fact]
    public void A_c_string_member_is_read_only_as_a_global_one_is()
    {
        // The string the shim is given lives for the call alone: a member left pointing at it would dangle.
        var module = HeaderModule.GenerateAndCompile(_root, "Named", """
            #pragma once
            #include <string>
            struct Named { const char * name = "n"; std::string label; };
            """);

        var named = module.Classes.Single(c => c.CsName == "Named");
        Assert.Null(named.Properties.Single(p => p.Name == "name").Setter);
        Assert.NotNull(named.Properties.Single(p => p.Name == "label").Setter);
    }

    [Fact]
    public void A_variable_declared_extern_and_then_defined_is_one_property()
    {
        var module = HeaderModule.GenerateAndCompile(_root, "Twice", """
            #pragma once
            namespace n { extern int count; inline int count = 4; }
            """);

        Assert.Equal("count", Assert.Single(module.Properties).Name);
        Assert.Empty(module.SkippedFunctions);
    }
}
