namespace FilterService.LoadTest;

/// <summary>Latencies of one kind of request, in milliseconds, safe to add to from many tasks.</summary>
internal sealed class Latencies(string name)
{
    private readonly List<double> _values = [];
    private readonly List<bool> _ok = [];
    private int _failures;

    public string Name { get; } = name;

    public int Count
    {
        get
        {
            lock (_values)
            {
                return _values.Count;
            }
        }
    }

    public int Failures
    {
        get
        {
            lock (_values)
            {
                return _failures;
            }
        }
    }

    public void Add(TimeSpan elapsed, bool ok)
    {
        lock (_values)
        {
            _values.Add(elapsed.TotalMilliseconds);
            _ok.Add(ok);
            if (!ok)
            {
                _failures++;
            }
        }
    }

    /// <summary>Every sample in the order added: milliseconds and whether the request succeeded.</summary>
    public IReadOnlyList<(double Milliseconds, bool Ok)> Samples()
    {
        lock (_values)
        {
            return [.. _values.Zip(_ok)];
        }
    }

    public double Percentile(double p)
    {
        lock (_values)
        {
            if (_values.Count == 0)
            {
                return double.NaN;
            }
            var sorted = _values.Order().ToList();
            return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
        }
    }

    public override string ToString() =>
        $"{Name}: n={Count} p50 {Percentile(50):F0} ms, p99 {Percentile(99):F0} ms, max {Percentile(100):F0} ms{(_failures > 0 ? $", {_failures} failed" : "")}";
}
