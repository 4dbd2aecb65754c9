using System.Collections.Concurrent;
using System.Diagnostics;

namespace ItkBindGen.FilterService.Tests.Cluster;

/// <summary>A process the cluster tests started (redis-server or a silo): its output kept for failure messages, killed on dispose.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts <paramref name="file"/>; <paramref name="readyPrefix"/> is the output line that says it is ready.</summary>
    public ChildProcess(string name, string file, IEnumerable<string> arguments, string? readyPrefix)
    {
        Name = name;
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        _process.OutputDataReceived += (_, e) => Receive(e.Data, readyPrefix);
        _process.ErrorDataReceived += (_, e) => Receive(e.Data, null);
        _process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException($"{Name} exited before it was ready:\n{Output}"));
        _process.EnableRaisingEvents = true;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        if (readyPrefix is null)
        {
            _ready.TrySetResult("");
        }
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output => string.Join("\n", _output.TakeLast(60));

    /// <summary>The rest of the ready line, once it was printed.</summary>
    public async Task<string> ReadyAsync(TimeSpan timeout)
    {
        try
        {
            return await _ready.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Name} was not ready after {timeout}:\n{Output}");
        }
    }

    /// <summary>SIGKILL, as a machine that dies: the process gets no chance to leave the cluster.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Receive(string? line, string? readyPrefix)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        if (readyPrefix is not null && line.StartsWith(readyPrefix, StringComparison.Ordinal))
        {
            _ready.TrySetResult(line[readyPrefix.Length..].Trim());
        }
    }
}
