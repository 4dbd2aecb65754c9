namespace ItkBindGen.Runtime;

/// <summary>
/// The provider <see cref="BindingLock"/> uses unless a host installs its own: a
/// <see cref="System.Threading.Lock"/>.
/// </summary>
public sealed class DefaultBindingLockProvider : IBindingLockProvider
{
    private readonly Lock _lock = new();

    /// <inheritdoc/>
    public void Enter() => _lock.Enter();

    /// <inheritdoc/>
    public bool TryEnter(TimeSpan timeout) => _lock.TryEnter(timeout);

    /// <inheritdoc/>
    public void Exit() => _lock.Exit();

    /// <inheritdoc/>
    public bool IsHeldByCurrentThread => _lock.IsHeldByCurrentThread;
}
