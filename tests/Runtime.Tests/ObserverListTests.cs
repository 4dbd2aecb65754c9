namespace ItkBindGen.Runtime.Tests;

public class ObserverListTests
{
    [Fact]
    public void RemoveTakesTheMostRecentRegistrationOfThatHandlerAndEvent()
    {
        var list = new ObserverList();
        EventHandler a = (_, _) => { };
        EventHandler b = (_, _) => { };
        list.Add(ItkEventKind.Start, a, 1);
        list.Add(ItkEventKind.End, a, 2);
        list.Add(ItkEventKind.Start, b, 3);
        list.Add(ItkEventKind.Start, a, 4);
        Assert.Equal(4, list.Count);

        Assert.True(list.TryRemove(ItkEventKind.Start, a, out ulong tag));
        Assert.Equal(4ul, tag);
        Assert.True(list.TryRemove(ItkEventKind.Start, a, out tag));
        Assert.Equal(1ul, tag);
        Assert.False(list.TryRemove(ItkEventKind.Start, a, out tag));
        Assert.Equal(0ul, tag);
        Assert.Equal([2ul, 3ul], list.RemoveAll());
        Assert.Equal(0, list.Count);
    }

    [Fact]
    public void EqualDelegatesMatch()
    {
        var list = new ObserverList();
        var target = new Target();
        list.Add(ItkEventKind.Progress, new EventHandler<ProgressEventArgs>(target.OnProgress), 9);
        Assert.True(list.TryRemove(ItkEventKind.Progress, new EventHandler<ProgressEventArgs>(target.OnProgress), out ulong tag));
        Assert.Equal(9ul, tag);
    }

    [Fact]
    public void ConcurrentAddsAreAllKept()
    {
        var list = new ObserverList();
        Parallel.For(0, 1000, i => list.Add(ItkEventKind.Any, (Action)(() => { }), (ulong)i));
        Assert.Equal(1000, list.Count);
    }

    private sealed class Target
    {
        public void OnProgress(object? sender, ProgressEventArgs e) => GC.KeepAlive(e);
    }
}
