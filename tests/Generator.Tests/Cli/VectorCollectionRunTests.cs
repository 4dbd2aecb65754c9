using ItkBindGen.Cli;
using ItkBindGen.Tests.Cli.Vectors;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Cli;

/// <summary>
/// <c>%template(IntVector) std::vector&lt;int&gt;</c> and its kin, generated, compiled and called from C#: the collection's
/// members, range errors, enumeration over a changed vector, LINQ, vectors passed to and returned from C++ functions,
/// and elements that are numbers, strings, wrapped classes by value and pointers. The expected values are worked out by hand.
/// </summary>
public sealed class VectorCollectionRunTests(VectorModule module) : IClassFixture<VectorModule>
{
    private string Result(string key)
    {
        Assert.True(module.Failure is null, module.Failure);
        Assert.True(module.Results.TryGetValue(key, out var value), $"the program printed no '{key}':\n{string.Join("\n", module.Results.Select(r => $"{r.Key}={r.Value}"))}");
        return value;
    }

    [Fact]
    public void The_proxy_is_a_list_with_swig_members()
    {
        Assert.True(module.Failure is null, module.Failure);
        Assert.Contains("public unsafe partial class IntVector : NativeObject, IList<int>, IReadOnlyList<int>", module.CSharp);
        Assert.Contains("public unsafe partial class ShapeVector : NativeObject, IList<Shape?>, IReadOnlyList<Shape?>", module.CSharp);
        Assert.Contains("public static IntVector Range(int n)", module.CSharp);
        Assert.Contains("public static int Sum(IntVector v)", module.CSharp);
    }

    [Theory]
    [InlineData("add", "1,2,3")]
    [InlineData("insert", "10,1,2,3,20")]
    [InlineData("removeat", "10,2,3,20")]
    [InlineData("indexer", "7,20,4")]
    [InlineData("removerange", "7,20,7,5")]
    [InlineData("addrange", "7,20,7,5,8,9,7,20,7,5,8,9")]
    [InlineData("copyto", "0,7,20,7,5,8,9,7,20,7,5,8,9")]
    [InlineData("toarray", "7,20,7,5,8,9,7,20,7,5,8,9")]
    [InlineData("remove", "True,False,7,20,7,5,9,7,20,7,5,8,9")]
    [InlineData("capacity", "True")]
    [InlineData("copy", "0,11")]
    [InlineData("constructors", "1,2,3,4,5,0,True")]
    [InlineData("readonly", "5")]
    [InlineData("contains", "True,False,3")]
    public void List_members_change_and_read_the_native_vector(string key, string expected) => Assert.Equal(expected, Result(key));

    [Theory]
    [InlineData("get-out")]
    [InlineData("set-out")]
    [InlineData("insert-out")]
    [InlineData("removeat-out")]
    public void An_index_out_of_range_is_an_ArgumentOutOfRangeException(string key) => Assert.Equal("ArgumentOutOfRangeException:index", Result(key));

    [Fact]
    public void Enumerating_a_vector_that_changes_fails_as_List_does() => Assert.Equal("InvalidOperationException", Result("modified"));

    [Fact]
    public void Linq_works_over_the_vector() => Assert.Equal("10,20,2,3,7,20", Result("linq"));

    [Theory]
    [InlineData("cpp-sum", "39")]
    [InlineData("cpp-append", "7,2,3,20,7,5")]
    [InlineData("cpp-pointer", "6")]
    [InlineData("cpp-byvalue", "7,6")]
    [InlineData("cpp-return", "IntVector:0,1,2,3")]
    public void Cpp_functions_take_and_return_the_proxy(string key, string expected) => Assert.Equal(expected, Result(key));

    [Theory]
    [InlineData("double", "2")]
    [InlineData("numbers", "0.25,9223372036854775807,256,3")]
    [InlineData("strings", "a+c+bé,True,-1,A|C|BÉ")]
    [InlineData("enums", "Red,Green,Blue,2")]
    public void Numbers_bool_enums_and_strings_are_elements(string key, string expected) => Assert.Equal(expected, Result(key));

    [Theory]
    [InlineData("points", "3,1,42,3")]
    [InlineData("points-add", "6")]
    [InlineData("points-indexof", "NotSupportedException")]
    public void A_wrapped_class_by_value_is_copied_in_and_out(string key, string expected) => Assert.Equal(expected, Result(key));

    [Theory]
    [InlineData("shapes", "5,True,1,2")]
    [InlineData("shapes-clear", "0,2")]
    public void Pointers_to_a_wrapped_class_are_elements_not_owned(string key, string expected) => Assert.Equal(expected, Result(key));
}
