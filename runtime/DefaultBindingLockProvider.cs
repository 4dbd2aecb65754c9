namespace ItkBindGen.Runtime;

/// <summary>
/// The provider <see cref="BindingLock"/> uses unless a host installs its own: a
/// <see cref="System.Threading.Lock"/>. While it is in use the binding lock enters that lock directly, without an
/// interface call; a new instance installed with <see cref="BindingLock.SetProvider"/> is a lock of its own.
/// </summary>
public sealed class DefaultBindingLockProvider : IBindingLockProvider
{
    private readonly Lock _lock;

    /// <summary>Creates a provider over a new lock.</summary>
    public DefaultBindingLockProvider()
        : this(new Lock())
    {
    }

    internal DefaultBindingLockProvider(Lock @lock) => _lock = @lock;

    /// <inheritdoc/>
    public void Enter() => _lock.Enter();

    /// <inheritdoc/>
    public bool TryEnter(TimeSpan timeout) => _lock.TryEnter(timeout);

    /// <inheritdoc/>
    public void Exit() => _lock.Exit();

    /// <inheritdoc/>
    public bool IsHeldByCurrentThread => _lock.IsHeldByCurrentThread;
}
