using ItkBindGen.Cli;

namespace ItkBindGen.Tests.Cli.Learn;

/// <summary><c>--shared-instantiations</c>: what the generated shim makes of a list, and how a bad list is refused.</summary>
public sealed class SharedInstantiationsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-shared-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }

    private (int Exit, string Error) Generate(params string[] extra)
    {
        Write("shared.h", LearnModule.Header);
        var input = Write("M.i", LearnModule.Interface);
        var stderr = new StringWriter();
        var exit = CommandLine.Run([input, "-outdir", Path.Combine(_root, "cs"), "-o", Path.Combine(_root, "native", "M_wrap.cpp"), "--shim-units", "2", .. extra],
            TextWriter.Null, stderr);
        return (exit, stderr.ToString());
    }

    private string Native(string name) => File.ReadAllText(Path.Combine(_root, "native", name));

    [Fact]
    public void A_listed_instantiation_is_compiled_in_an_instance_unit_and_declared_extern_in_the_header()
    {
        var list = Write("M.instances.txt", "# learned\n\nAccumulator< int >   # 2 units, 300 bytes\n");

        var (exit, error) = Generate("--shared-instantiations", list);

        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("extern template class Accumulator< int >;", Native("M_wrap.h"), StringComparison.Ordinal);
        var instances = Native("M_wrap.instances.0.cpp");
        Assert.Contains("#include \"M_wrap.h\"\n\n#line 3 \"M.instances.txt\"\ntemplate class Accumulator< int >;\n", instances, StringComparison.Ordinal);
        Assert.Contains("\"${CMAKE_CURRENT_LIST_DIR}/M_wrap.instances.0.cpp\"", Native("M.cmake"), StringComparison.Ordinal);
        Assert.DoesNotContain("template class", Native("M_wrap.cpp"), StringComparison.Ordinal);
        // Ninja starts sources in the listed order: the instance unit first, then the module's own, then the units.
        var sources = Native("M.cmake").Split('\n').Where(l => l.StartsWith("  \"${CMAKE_CURRENT_LIST_DIR}/", StringComparison.Ordinal))
            .Select(l => l.Trim().Replace("\"${CMAKE_CURRENT_LIST_DIR}/", "", StringComparison.Ordinal).TrimEnd('"'));
        Assert.Equal(["M_wrap.instances.0.cpp", "M_wrap.cpp", "M_wrap.First.cpp", "M_wrap.Second.cpp"], sources);
    }

    [Fact]
    public void A_listed_function_is_declared_extern_in_the_header_and_instantiated_in_an_instance_unit()
    {
        var list = Write("M.instances.txt", "Accumulator<int>\nint Digits<int>(int)  # 2 units, 90 bytes\n");

        var (exit, error) = Generate("--shared-instantiations", list);

        Assert.Equal((0, ""), (exit, error));
        var header = Native("M_wrap.h");
        Assert.Contains("extern template class Accumulator<int>;\nextern template int Digits<int>(int);\n", header, StringComparison.Ordinal);
        Assert.Contains("#line 2 \"M.instances.txt\"\ntemplate int Digits<int>(int);\n", Native("M_wrap.instances.0.cpp"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_listed_base_the_units_share_moves_from_the_module_source_to_an_instance_unit()
    {
        // Native core's module: several filters' units share itk::ImageBase<2>, so without a list the module's own
        // source compiles it and those units declare it extern; listed, the instance unit compiles it instead.
        var list = Write("ItkCore.instances.txt", "itk::ImageBase<2>\n");
        var stderr = new StringWriter();
        string[] arguments = [Path.Combine(RepositoryPaths.Root, "native", "bindings", "ItkCore.i"), "-I", Path.Combine(RepositoryPaths.Root, "native", "include"),
            "-outdir", Path.Combine(_root, "cs"), "-o", Path.Combine(_root, "native", "ItkCore_wrap.cpp"), "--shim-units", "8"];

        Assert.True(CommandLine.Run(arguments, TextWriter.Null, stderr) == 0, stderr.ToString());
        Assert.Contains("template class itk::ImageBase<2>;", Native("ItkCore_wrap.cpp"), StringComparison.Ordinal);
        Assert.Contains(Units(), f => File.ReadAllText(f).Contains("extern template class itk::ImageBase<2>;", StringComparison.Ordinal));

        var listed = new StringWriter();
        Assert.Equal(0, CommandLine.Run([.. arguments, "--shared-instantiations", list], TextWriter.Null, listed));
        Assert.DoesNotContain("error", listed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("template class itk::ImageBase<2>;", Native("ItkCore_wrap.cpp"), StringComparison.Ordinal);
        Assert.Contains("extern template class itk::ImageBase<2>;", Native("ItkCore_wrap.h"), StringComparison.Ordinal);
        Assert.Contains("template class itk::ImageBase<2>;", Native("ItkCore_wrap.instances.0.cpp"), StringComparison.Ordinal);
        Assert.DoesNotContain(Units(), f => File.ReadAllText(f).Contains("extern template class itk::ImageBase<2>;", StringComparison.Ordinal));
    }

    /// <summary>The shim units (ItkCore_wrap.N.cpp), not the module's own source nor the instance units.</summary>
    private string[] Units()
    {
        var units = Directory.GetFiles(Path.Combine(_root, "native"), "ItkCore_wrap.*.cpp")
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(f), @"^ItkCore_wrap\.\d+\.cpp$")).ToArray();
        Assert.Equal(8, units.Length);
        return units;
    }

    [Fact]
    public void Without_a_list_no_instance_unit_is_written()
    {
        var (exit, error) = Generate();

        Assert.Equal((0, ""), (exit, error));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "native"), "*instances*"));
        Assert.DoesNotContain("extern template", Native("M_wrap.h"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Accumulator<int>; int x", 17, "';' cannot be part of it")]
    [InlineData("Accumulator<int", 15, "'>' is missing at the end")]
    [InlineData("Accumulator<int>>", 17, "'>' closes nothing")]
    [InlineData("int", 3, "a class must end with its template argument list's '>'")]
    [InlineData("int Fill(int)", 9, "a function's name must end with its template argument list's '>'")]
    [InlineData("void Fill<int>(int) x", 21, "a function must end with its parameter list's ')' (or const)")]
    [InlineData("(int) Fill<int>", 1, "it must start with a name")]
    [InlineData("Accumulator</* x */int>", 13, "a comment ('/*') cannot be part of it")]
    public void A_line_that_is_not_one_instantiation_is_refused_at_its_column_and_nothing_is_written(string line, int column, string why)
    {
        var list = Write("bad.txt", $"Accumulator<long>\n  {line}\n");

        var (exit, error) = Generate("--shared-instantiations", list);

        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains($"bad.txt({2},{column + 2}): error IBG0008:", error, StringComparison.Ordinal);
        Assert.Contains(why, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "native")));
    }

    [Fact]
    public void An_instantiation_listed_twice_is_refused_naming_both_lines()
    {
        var list = Write("twice.txt", "Accumulator<int>\nAccumulator< int >\n");

        var (exit, error) = Generate("--shared-instantiations", list);

        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains("twice.txt(2,1): error IBG0008: 'Accumulator< int >' is listed at line 1 already", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_list_is_an_error_that_says_how_to_make_one()
    {
        var (exit, error) = Generate("--shared-instantiations", Path.Combine(_root, "none.txt"));

        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains("error IBG0008: --shared-instantiations file", error, StringComparison.Ordinal);
        Assert.Contains("learn-instantiations", error, StringComparison.Ordinal);
    }
}
