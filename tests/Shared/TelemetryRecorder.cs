using System.Diagnostics.Metrics;

namespace ItkBindGen.Tests.Shared;

/// <summary>One measurement of a meter's instrument, with its tags.</summary>
internal sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    /// <summary>A tag's value as a string, or null when the measurement has no such tag.</summary>
    public string? Tag(string name) => Tags.GetValueOrDefault(name) as string;
}

/// <summary>Listens to the runtime's meter (<c>ItkBindGen.Runtime</c>) from construction to disposal and keeps every measurement.</summary>
internal sealed class TelemetryRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<Measurement> _measurements = [];

    public TelemetryRecorder(string meterName = "ItkBindGen.Runtime")
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>What was measured so far (a copy: measurements of other threads may still arrive).</summary>
    public IReadOnlyList<Measurement> Measurements
    {
        get
        {
            lock (_measurements)
            {
                return [.. _measurements];
            }
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var map = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            map[tag.Key] = tag.Value;
        }
        lock (_measurements)
        {
            _measurements.Add(new Measurement(instrument.Name, value, map));
        }
    }
}
