using ItkBindGen.Binding;

namespace ItkBindGen.Tests.Binding;

/// <summary>Positions outside every bracket of a C++ spelling, and what the instantiation list makes of a line by them.</summary>
public sealed class TopLevelTests
{
    [Theory]
    [InlineData("int, std::pair<int, long>, g(int, int)", ',', new[] { 3, 25 })]
    [InlineData("A<B<int>, C>", ',', new int[0])]
    [InlineData("void f<int>(int)", '(', new[] { 11 })]
    [InlineData("std::function<void (int, int)>", '(', new int[0])]
    [InlineData("unsigned long itk::Count<long>(long)", ' ', new[] { 8, 13 })]
    public void Only_the_characters_outside_angle_brackets_and_parentheses_are_found(string text, char wanted, int[] indices) =>
        Assert.Equal(indices, TopLevel.IndicesOf(text, wanted));

    [Fact]
    public void A_list_splits_at_its_own_commas_only() =>
        Assert.Equal(["int", " std::function<void (int, int)>", " A<B, C>"], TopLevel.Split("int, std::function<void (int, int)>, A<B, C>", ','));

    [Theory]
    [InlineData("itk::Neighborhood<float, 2>", false)]
    [InlineData("Foo<void (int)>", false)]
    [InlineData("std::map<int, std::function<void (int)> >", false)]
    [InlineData("void itk::Fill<float>(float*, int)", true)]
    [InlineData("int Digits<int>(int)", true)]
    public void A_listed_spelling_is_a_function_when_a_parameter_list_stands_outside_its_template_arguments(string spelling, bool isFunction)
    {
        Assert.Equal(isFunction, ListedInstantiations.IsFunction(spelling));
        Assert.Equal(isFunction ? spelling : "class " + spelling, ListedInstantiations.Declaration(spelling));
    }
}
