using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ItkBindGen.Runtime;

namespace FilterService.Telemetry;

/// <summary>
/// Listens to the bindings' runtime meter and keeps count, sum and maximum per instrument and tag set, for /metrics.
/// A summary is enough here; an OpenTelemetry exporter could subscribe to the same meter instead.
/// </summary>
public sealed class RuntimeMetrics : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Instrument, string Tags), Aggregate> _aggregates = new();

    public RuntimeMetrics()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == RuntimeTelemetry.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public object Snapshot() => new
    {
        meter = RuntimeTelemetry.MeterName,
        instruments = _aggregates
            .GroupBy(a => a.Key.Instrument)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new
            {
                name = g.Key,
                unit = g.First().Value.Unit,
                series = g.OrderBy(a => a.Key.Tags, StringComparer.Ordinal).Select(a => a.Value.Read()).ToList(),
            })
            .ToList(),
    };

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var tagMap = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            tagMap[tag.Key] = tag.Value?.ToString();
        }
        var key = (instrument.Name, string.Join(",", tagMap.Select(t => $"{t.Key}={t.Value}")));
        _aggregates.GetOrAdd(key, _ => new Aggregate(instrument.Unit, tagMap)).Add(value);
    }

    public void Dispose() => _listener.Dispose();

    private sealed class Aggregate(string? unit, IReadOnlyDictionary<string, string?> tags)
    {
        private readonly Lock _gate = new();
        private long _count;
        private double _sum;
        private double _max = double.NegativeInfinity;

        public string? Unit { get; } = unit;

        public void Add(double value)
        {
            lock (_gate)
            {
                _count++;
                _sum += value;
                _max = Math.Max(_max, value);
            }
        }

        public object Read()
        {
            lock (_gate)
            {
                return new { tags, count = _count, sum = _sum, max = _count == 0 ? 0 : _max };
            }
        }
    }
}
