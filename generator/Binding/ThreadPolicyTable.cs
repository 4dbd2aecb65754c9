using ItkBindGen.Interface;

namespace ItkBindGen.Binding;

/// <summary>
/// Decides whether a wrapped call releases the binding lock around its native call, from the global
/// <c>-threads</c> flag and the <c>%thread</c> / <c>%nothread</c> directives.
/// </summary>
/// <remarks>
/// <para>Precedence, most specific first:</para>
/// <list type="number">
/// <item>a directive on the member itself (<c>%nothread itk::ProcessObject::Update;</c>);</item>
/// <item>a directive on the class that declares the member (<c>%thread itk::TestHooks;</c>);</item>
/// <item>the global flag: <c>-threads</c> releases, its absence holds.</item>
/// </list>
/// <para>
/// Where the class directive or the global flag says release, a trivial accessor (a member an ITK Set/Get macro
/// declared, see <see cref="TrivialAccessors"/>) keeps the lock as its caller has it instead; only a directive on the
/// member itself makes it release.
/// </para>
/// <para>
/// Members are looked up by the class that <em>declares</em> them, so a directive on
/// <c>itk::ProcessObject::Update</c> covers <c>Update</c> called through every derived proxy: callers pass
/// the declaring class, not the proxy's. Template arguments are ignored, so a directive on
/// <c>itk::MedianImageFilter::Update</c> covers every instantiation. Free functions have no class level:
/// a directive on <c>ns::Function</c>, else the global flag. When two directives name the same target, the
/// later one wins, as a later SWIG feature overrides an earlier one.
/// </para>
/// </remarks>
public sealed class ThreadPolicyTable
{
    private readonly bool _threads;
    private readonly Dictionary<string, ThreadPolicy> _byTarget = new(StringComparer.Ordinal);

    /// <param name="threads">The global <c>-threads</c> flag.</param>
    /// <param name="directives">The <c>%thread</c> and <c>%nothread</c> directives, in file order.</param>
    public ThreadPolicyTable(bool threads, IEnumerable<ThreadDirective> directives)
    {
        _threads = threads;
        foreach (var directive in directives)
        {
            _byTarget[Normalize(directive.Target)] = directive.Policy;
        }
    }

    /// <summary>Whether a call to <paramref name="memberName"/>, declared by <paramref name="declaringClass"/>, releases the lock.</summary>
    /// <param name="declaringClass">The qualified C++ class that declares the member, e.g. <c>itk::ProcessObject</c>.</param>
    /// <param name="memberName">The member's unqualified name, e.g. <c>Update</c>.</param>
    public bool ReleasesLock(string declaringClass, string memberName) => Policy(declaringClass, memberName, trivialAccessor: false) == LockPolicy.Releases;

    /// <summary>What a call to <paramref name="memberName"/>, declared by <paramref name="declaringClass"/>, does with the lock.</summary>
    /// <param name="declaringClass">The qualified C++ class that declares the member, e.g. <c>itk::ProcessObject</c>.</param>
    /// <param name="memberName">The member's unqualified name, e.g. <c>Update</c>.</param>
    /// <param name="trivialAccessor">Whether an ITK Set/Get macro declared it (<see cref="TrivialAccessors"/>).</param>
    public LockPolicy Policy(string declaringClass, string memberName, bool trivialAccessor)
    {
        var className = Normalize(declaringClass);
        if (Find(className + "::" + memberName) is { } own)
        {
            return own ? LockPolicy.Releases : LockPolicy.Holds;
        }
        var releases = Find(className) ?? _threads;
        return !releases ? LockPolicy.Holds : trivialAccessor ? LockPolicy.Keeps : LockPolicy.Releases;
    }

    /// <summary>Whether a call to the free function <paramref name="qualifiedName"/> (e.g. <c>itk::Compute</c>) releases the lock.</summary>
    public bool ReleasesLock(string qualifiedName) => Find(Normalize(qualifiedName)) ?? _threads;

    private bool? Find(string target) =>
        _byTarget.TryGetValue(target, out var policy) ? policy == ThreadPolicy.Thread : null;

    /// <summary>Drops a leading '::', template arguments and spaces, so spellings of one name compare equal.</summary>
    internal static string Normalize(string name)
    {
        var text = new System.Text.StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name)
        {
            if (c == '<')
            {
                depth++;
            }
            else if (c == '>')
            {
                depth--;
            }
            else if (depth == 0 && !char.IsWhiteSpace(c))
            {
                text.Append(c);
            }
        }
        var result = text.ToString();
        return result.StartsWith("::", StringComparison.Ordinal) ? result[2..] : result;
    }
}
