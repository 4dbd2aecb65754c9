namespace ItkBindGen.Binding;

/// <summary>What a wrapped call does with the binding lock around its native call.</summary>
public enum LockPolicy
{
    /// <summary>Holds it (takes it if the caller does not): no other thread enters the bindings meanwhile.</summary>
    Holds,

    /// <summary>Releases it (<c>-threads</c> or <c>%thread</c>): other threads run wrapped calls meanwhile.</summary>
    Releases,

    /// <summary>
    /// Leaves it as the caller has it: where a trivial accessor (<see cref="TrivialAccessors"/>) would release, giving
    /// the lock up and taking it back would cost more than the call, and without the lock it runs as a releasing call.
    /// </summary>
    Keeps,
}
