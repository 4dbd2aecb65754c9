using ItkBindGen.Cli.Learn;

namespace ItkBindGen.Tests.Cli.Learn;

/// <summary>How the weak definitions of a build add up for each class.</summary>
public sealed class EmittedCodeTests
{
    [Fact]
    public void A_member_template_counts_toward_its_class_only_where_the_class_own_members_were_compiled()
    {
        var owners = EmittedCode.Tally(
        [
            new("A<int>::Run()", 100, [0, 1]),
            // Compiled in objects 0 and 1 with A's members, and in 2 by something else: one copy beyond the first counts.
            new("void A<int>::Sort<Less>(Less const&)", 40, [0, 1, 2]),
            new("A<int>::operator==<float>(float const&) const", 10, [0, 1]),
            // B's code is member templates alone: listing B would not compile them once.
            new("void B<int>::Fill<float>(float)", 500, [0, 1, 2]),
            new("void Free<int>(int)", 300, [0, 1]),
        ]);

        var a = Assert.Single(owners);
        Assert.Equal(new SharedOwner("A<int>", 2, 100 + 40 + 10, 150), a);
    }
}
