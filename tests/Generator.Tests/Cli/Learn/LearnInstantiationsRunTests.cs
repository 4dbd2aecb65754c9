using System.Text.Json;
using ItkBindGen.Cli;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Cli.Learn;

/// <summary>
/// <c>itkbindgen learn-instantiations</c> on a real build (--min-bytes 256 leaves out the standard library's small
/// inline members, which -O0 keeps in every unit): the two-unit module of <see cref="LearnModule"/> generated,
/// each source compiled with g++ into an object (and a compile_commands.json written as CMake writes one), the list
/// learned from the objects, then the module generated with the list and compiled again.
/// </summary>
public sealed class LearnInstantiationsRunTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-learn-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string NativeFolder => Path.Combine(_root, "native");

    private string Shim => Path.Combine(NativeFolder, "M_wrap.cpp");

    private string Database => Path.Combine(_root, "build", "compile_commands.json");

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private void Generate(params string[] extra)
    {
        File.WriteAllText(Path.Combine(_root, "shared.h"), LearnModule.Header);
        var input = Path.Combine(_root, "M.i");
        File.WriteAllText(input, LearnModule.Interface);
        var (exit, _, error) = Run([input, "-outdir", Path.Combine(_root, "cs"), "-o", Shim, "--shim-units", "2", .. extra]);
        Assert.True(exit == 0, error);
    }

    /// <summary>Compiles every shim source into build/ (-O0, so each unit keeps its own copy of what it instantiates) and writes the database.</summary>
    private List<string> Build()
    {
        var build = Path.Combine(_root, "build");
        Directory.CreateDirectory(build);
        var entries = new List<object>();
        var objects = new List<string>();
        foreach (var source in Directory.GetFiles(NativeFolder, "*.cpp").Order(StringComparer.Ordinal))
        {
            var obj = Path.Combine(build, Path.GetFileName(source) + ".o");
            string[] arguments = ["g++", "-std=c++17", "-O0", "-fPIC", "-I", NativeFolder, "-I", _root, "-I", Path.Combine(RepositoryPaths.Root, "native", "include"),
                "-MD", "-MT", obj, "-MF", obj + ".d", "-o", obj, "-c", source];
            var (exit, output) = Commands.Run(arguments[0], arguments[1..]);
            Assert.True(exit == 0, $"{string.Join(' ', arguments)}\n{output}");
            entries.Add(new { directory = build, file = source, arguments, output = obj });
            objects.Add(obj);
        }
        File.WriteAllText(Database, JsonSerializer.Serialize(entries));
        return objects;
    }

    /// <summary>The objects that define (nm: W, weak) a function of the given class.</summary>
    private static List<string> Defining(IEnumerable<string> objects, string member) =>
        objects.Where(o => Commands.Run("nm", ["-C", "--defined-only", o]).Output.Split('\n').Any(l => l.Contains(" W ", StringComparison.Ordinal) && l.Contains(member, StringComparison.Ordinal)))
            .Select(Path.GetFileName).OfType<string>().ToList();

    /// <summary>The module generated again with the list, the old objects removed and every source compiled again.</summary>
    private List<string> RebuildWith(string list, IEnumerable<string> before)
    {
        Generate("--shared-instantiations", list);
        foreach (var obj in before)
        {
            File.Delete(obj);
        }
        return Build();
    }

    [Fact]
    public void What_two_units_compiled_is_learned_and_then_compiled_once()
    {
        Generate();
        var before = Build();
        Assert.Equal(2, Defining(before, "Accumulator<int>::Sum").Count);
        var list = Path.Combine(_root, "M.instances.txt");

        var (exit, output, error) = Run("learn-instantiations", "--compile-commands", Database, "--shim", Shim, "-o", list, "--min-bytes", "256");

        Assert.True(exit == 0, error);
        var entries = File.ReadAllLines(list).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(["Accumulator<int>"], entries.Select(e => e.Split('#')[0].Trim()));
        Assert.Matches(@"^Accumulator<int>  # 2 units, \d+ bytes$", entries[0]);
        // Broken<int> was compiled in both units too, but an explicit instantiation compiles Bad() as well, which fails.
        Assert.Contains("left out: Broken<int>: ", output, StringComparison.Ordinal);
        Assert.Contains("missing", output, StringComparison.Ordinal);
        Assert.Equal("", error);

        var after = RebuildWith(list, before);
        Assert.Equal(["M_wrap.instances.0.cpp.o"], Defining(after, "Accumulator<int>::Sum"));
        Assert.Equal(["M_wrap.instances.0.cpp.o"], Defining(after, "Accumulator<int>::Largest"));
        Assert.Equal(2, Defining(after, "Broken<int>::Used").Count);
    }

    [Fact]
    public void A_function_template_two_units_compiled_is_learned_and_then_compiled_once()
    {
        Generate();
        var before = Build();
        Assert.Equal(2, Defining(before, "Digits<int>").Count);
        var list = Path.Combine(_root, "M.instances.txt");

        var (exit, output, error) = Run("learn-instantiations", "--compile-commands", Database, "--shim", Shim, "-o", list, "--min-bytes", "256", "--min-function-bytes", "32");

        Assert.True(exit == 0, error);
        var entries = File.ReadAllLines(list).Where(l => !l.StartsWith('#')).Select(e => e.Split('#')[0].Trim()).ToList();
        Assert.Contains("int Digits<int>(int)", entries);
        Assert.Matches(@"\d+ class and [1-9]\d* function template instantiations compiled in several", output);

        var after = RebuildWith(list, before);
        Assert.Equal(["M_wrap.instances.0.cpp.o"], Defining(after, "Digits<int>"));
    }

    [Fact]
    public void A_class_the_module_source_instantiates_is_learned_when_units_still_compile_it()
    {
        // As the module's own source instantiates a shared base: the units that do not declare it extern still compile
        // its code, so listing it (the header then declares it extern for every source) saves those copies.
        Generate();
        File.AppendAllText(Shim, "\ntemplate class Accumulator<int>;\n");
        var before = Build();
        Assert.Equal(3, Defining(before, "Accumulator<int>::Sum").Count);
        var list = Path.Combine(_root, "M.instances.txt");

        var (exit, _, error) = Run("learn-instantiations", "--compile-commands", Database, "--shim", Shim, "-o", list, "--min-bytes", "256");

        Assert.True(exit == 0, error);
        Assert.Equal(["Accumulator<int>"], File.ReadAllLines(list).Where(l => !l.StartsWith('#')).Select(e => e.Split('#')[0].Trim()));
    }

    [Fact]
    public void Entries_already_in_the_list_are_kept_and_not_learned_twice()
    {
        Generate();
        Build();
        var list = Path.Combine(_root, "M.instances.txt");
        File.WriteAllText(list, "# mine\nAccumulator< int >  # kept as written\nPair<int, long>\n");

        var (exit, output, error) = Run("learn-instantiations", "--compile-commands", Database, "--shim", Shim, "-o", list, "--min-bytes", "256");

        Assert.True(exit == 0, error);
        var entries = File.ReadAllLines(list).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(["Accumulator< int >  # kept as written", "Pair<int, long>"], entries);
        Assert.Contains("0 added", output, StringComparison.Ordinal);
        Assert.Contains("2 kept", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_command_that_fails_alone_is_an_error_not_a_list_with_every_candidate_left_out()
    {
        Generate();
        Build();
        File.WriteAllText(Database, File.ReadAllText(Database).Replace("\"-O0\"", "\"-fno-such-option-anywhere\"", StringComparison.Ordinal));
        var list = Path.Combine(_root, "M.instances.txt");

        var (exit, _, error) = Run("learn-instantiations", "--compile-commands", Database, "--shim", Shim, "-o", list, "--min-bytes", "256");

        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains("error IBG0008: a shim unit's own command fails without any instantiation", error, StringComparison.Ordinal);
        Assert.Contains("no-such-option-anywhere", error, StringComparison.Ordinal);
        Assert.False(File.Exists(list));
    }

    [Fact]
    public void Without_a_build_it_says_what_to_do_and_writes_nothing()
    {
        Generate();
        var list = Path.Combine(_root, "M.instances.txt");

        var (exit, _, error) = Run("learn-instantiations", "--compile-commands", Database, "--shim", Shim, "-o", list);

        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains("error IBG0008:", error, StringComparison.Ordinal);
        Assert.Contains("compile_commands.json", error, StringComparison.Ordinal);
        Assert.False(File.Exists(list));
    }
}
