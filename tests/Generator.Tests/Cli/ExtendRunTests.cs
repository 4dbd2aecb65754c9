using ItkBindGen.Cli;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Cli;

/// <summary>
/// SWIG's <c>%extend</c>: members written in C++ in the interface file are added to the wrapped class. Each test
/// generates, builds the shim and the C#, and calls the members from C#.
/// </summary>
public sealed class ExtendRunTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-extend-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // Each test names its own module: a native library is loaded once a process by its name.
    private static string Shapes(string module) => $$"""
        %module {{module}}
        %inline %{
        #include <stdexcept>
        namespace shapes {
        struct Rect { int w; int h; Rect() : w(0), h(0) {} };
        }
        inline int destroyed = 0;
        inline int Destroyed() { return destroyed; }
        %}
        %{
        // SWIG's functions for %extend members declared without a body (inline: the shim header is in every shim unit).
        inline int shapes_Rect_perimeter(shapes::Rect *r) { return 2 * (r->w + r->h); }
        inline int shapes_Rect_tag_get(shapes::Rect *r) { return r->w * 100; }
        inline void shapes_Rect_tag_set(shapes::Rect *r, int v) { r->w = v / 100; }
        %}
        %rename(Scaled) shapes::Rect::scale;
        namespace shapes {
        %extend Rect {
          Rect(int w, int h) { shapes::Rect *r = new shapes::Rect(); r->w = w; r->h = h; return r; }
          ~Rect() { destroyed++; delete $self; }
          int area() const { return $self->w * $self->h; }
          int add(int x) { return self->w + x; }
          double add(double x) { return $self->w + x / 2; }
          static int twice(int x) { return 2 * x; }
          void scale(int k) { $self->w *= k; $self->h *= k; }
          int perimeter();
          int tag;
          static const int Sides = 4;
          int check(int x) { if (x < 0) throw std::invalid_argument("negative width"); return x; }
          int & operator[](int side) { return side == 0 ? $self->w : $self->h; }
        }
        }
        """;

    private (int Exit, string Error) Generate(string module, string text, params string[] more)
    {
        var input = Path.Combine(_root, "m.i");
        File.WriteAllText(input, text);
        var stderr = new StringWriter();
        var exit = CommandLine.Run([input, "-outdir", Path.Combine(_root, "cs"), "-o", Path.Combine(_root, "native", module + "_wrap.cpp"), .. more], TextWriter.Null, stderr);
        return (exit, stderr.ToString());
    }

    [Fact]
    public void Extended_methods_constructor_destructor_overloads_and_renames_are_called_from_CSharp()
    {
        Assert.Equal((CommandLine.Ok, ""), Generate("Run1", Shapes("Run1")));
        using var module = LoadedModule.Build("Run1", Path.Combine(_root, "cs"), Path.Combine(_root, "native"));
        var rectType = module.Type("Run1.Rect");
        var destroyed = () => (int)module.Type("Run1.Run1").GetMethod("Destroyed")!.Invoke(null, null)!;

        dynamic rect = Activator.CreateInstance(rectType, 3, 4)!;
        Assert.Equal(12, (int)rect.area());
        Assert.Equal(10, (int)rect.add(7));
        Assert.Equal(4.5, (double)rect.add(3.0));
        rect.Scaled(2);
        Assert.Equal(48, (int)rect.area());
        Assert.Null(rectType.GetMethod("scale"));
        Assert.Equal(42, (int)rectType.GetMethod("twice")!.Invoke(null, [21])!);
        Assert.Equal(28, (int)rect.perimeter());
        Assert.Equal(600, (int)rect.tag);
        rect.tag = 500;
        Assert.Equal(40, (int)rect.area());
        Assert.Equal(4, (int)rectType.GetProperty("Sides")!.GetValue(null)!);
        // An extended operator[] is its helper, called as an indexer: Rect has no operator[] of its own.
        Assert.Equal(5, (int)rect[0]);
        rect[1] = 2;
        Assert.Equal(10, (int)rect.area());
        rect[1] = 8;
        // The class's own default constructor is still there beside the extended one.
        dynamic empty = Activator.CreateInstance(rectType)!;
        Assert.Equal(0, (int)empty.area());

        // Counted from here: g++ makes an inline variable one symbol across the process's libraries (STB_GNU_UNIQUE).
        var before = destroyed();
        rect.Dispose();
        Assert.Equal(before + 1, destroyed());
        empty.Dispose();
        Assert.Equal(before + 2, destroyed());
    }

    [Fact]
    public void An_exception_thrown_in_an_extended_body_arrives_as_a_dotnet_exception()
    {
        Assert.Equal((CommandLine.Ok, ""), Generate("Run2", Shapes("Run2"), "-threads"));
        // -threads: the extended members release the binding lock around the native call, as declared members do.
        var proxy = File.ReadAllText(Path.Combine(_root, "cs", "Rect.cs"));
        Assert.Contains("NativeCall.Release(\"Run2\", this, \"check\")", proxy, StringComparison.Ordinal);
        using var module = LoadedModule.Build("Run2", Path.Combine(_root, "cs"), Path.Combine(_root, "native"));

        dynamic rect = Activator.CreateInstance(module.Type("Run2.Rect"), 3, 4)!;
        Assert.Equal(5, (int)rect.check(5));
        var thrown = Assert.ThrowsAny<Exception>(() => (int)rect.check(-1));
        Assert.IsAssignableFrom<ArgumentException>(thrown);
        Assert.Contains("negative width", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(7, (int)rect.check(7)); // the module is still usable after the exception
        rect.Dispose();
    }

    [Fact]
    public void A_template_instantiation_named_with_its_arguments_is_extended()
    {
        var (exit, error) = Generate("M", """
            %module M
            %inline %{
            namespace ns { template <class T> struct Box { T v; }; }
            %}
            %template(BoxInt) ns::Box<int>;
            %extend ns::Box<int> {
              Box<int>(int v) { ns::Box<int> *b = new ns::Box<int>(); b->v = v; return b; }
              int doubled() const { return 2 * $self->v; }
            }
            """);

        Assert.Equal((CommandLine.Ok, ""), (exit, error));
        var proxy = File.ReadAllText(Path.Combine(_root, "cs", "BoxInt.cs"));
        Assert.Contains("public int doubled()", proxy, StringComparison.Ordinal);
        Assert.Contains("public BoxInt(int v)", proxy, StringComparison.Ordinal);
    }

    [Fact]
    public void What_extend_cannot_build_is_refused_at_its_line_and_nothing_is_written()
    {
        var (exit, error) = Generate("M", """
            %module M
            %inline %{
            struct S { int x; };
            template <class T> struct Box { T v; };
            %}
            %template(BoxInt) Box<int>;
            %extend S {
              int y[3];
              int fine() { return $self->x; }
            }
            """);

        Assert.Equal(CommandLine.InputErrors, exit);
        var input = Path.Combine(_root, "m.i");
        Assert.Contains($"{input}(8,3): error IBG2017: the member variable 'int y[3]' in %extend S is not supported", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "cs")));
        Assert.False(Directory.Exists(Path.Combine(_root, "native")));

        // A member declared without a body calls SWIG's function for it, which the interface file must define.
        (exit, error) = Generate("M", "%module M\n%inline %{\nstruct S { int x; };\n%}\n%extend S {\n  int get();\n}\n");
        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains($"{input}(6,", error, StringComparison.Ordinal);
        Assert.Contains("error IBG1004: no member named 'S_get' in the global namespace", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "cs")));
    }

    [Fact]
    public void Extending_a_class_template_by_its_name_alone_is_not_applied_with_a_warning_and_the_module_still_generates()
    {
        var (exit, error) = Generate("M", """
            %module M
            %inline %{
            template <class T> struct Box { T v; };
            %}
            %template(BoxInt) Box<int>;
            %extend Box { int get() { return 1; } }
            """);

        Assert.Equal(CommandLine.Ok, exit);
        var input = Path.Combine(_root, "m.i");
        Assert.Contains($"{input}(6,1): warning IBG2018: %extend Box is not applied: it names a class template", error, StringComparison.Ordinal);
        Assert.Contains("write %extend Box<int> { ... }", error, StringComparison.Ordinal);
        Assert.DoesNotContain("get()", File.ReadAllText(Path.Combine(_root, "cs", "BoxInt.cs")), StringComparison.Ordinal);
    }
}
