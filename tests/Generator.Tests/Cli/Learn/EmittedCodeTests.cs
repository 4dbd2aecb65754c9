using ItkBindGen.Cli.Learn;

namespace ItkBindGen.Tests.Cli.Learn;

/// <summary>How the weak definitions of a build add up for each class.</summary>
public sealed class EmittedCodeTests
{
    [Fact]
    public void A_member_template_that_is_no_entry_of_its_own_counts_toward_its_class_only_where_the_class_own_members_were_compiled()
    {
        var owners = EmittedCode.Tally(
        [
            new("A<int>::Run()", 100, [0, 1]),
            // An operator template is no function entry: compiled in objects 0 and 1 with A's members, and in 2 by
            // something else, one copy beyond the first counts toward A.
            new("A<int>::operator==<float>(float const&) const", 10, [0, 1, 2]),
            // A function entry of its own: its bytes do not count toward A as well.
            new("void A<int>::Sort<Less>(Less const&)", 40, [0, 1, 2]),
            // B's code is member templates alone: listing B would not compile them once.
            new("B<int>::operator()<float>(float)", 500, [0, 1, 2]),
        ]);

        var a = Assert.Single(owners, o => !o.IsFunction);
        Assert.Equal(new SharedOwner("A<int>", 2, 100 + 10, 110), a);
        Assert.Equal(new SharedOwner("void A<int>::Sort<Less>(Less const&)", 3, 80, 40, IsFunction: true), Assert.Single(owners, o => o.IsFunction));
    }

    [Fact]
    public void A_function_template_instantiation_is_an_entry_of_its_own_with_all_its_copies()
    {
        var owners = EmittedCode.Tally(
        [
            new("A<int>::Run()", 100, [0, 1]),
            new("void A<int>::Sort<Less>(Less const&)", 40, [0, 1, 2]),
            new("void Free<int>(int)", 300, [0, 1]),
            new("void Once<int>(int)", 700, [3]),
            new("void std::__insertion_sort<int*>(int*, int*)", 900, [0, 1, 2]),
            new("bool A<int>::operator==<float>(float const&) const", 10, [0, 1]),
        ]);

        var functions = owners.Where(o => o.IsFunction).OrderBy(o => o.Owner, StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            new SharedOwner("void A<int>::Sort<Less>(Less const&)", 3, 80, 40, IsFunction: true),
            new SharedOwner("void Free<int>(int)", 2, 300, 300, IsFunction: true),
            new SharedOwner("void Once<int>(int)", 1, 0, 700, IsFunction: true),
        ], functions);
    }
}
