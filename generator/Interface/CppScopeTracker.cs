namespace ItkBindGen.Interface;

/// <summary>
/// Follows the braces of C++ written in an interface file, to know the namespace or class a directive stands in
/// (SWIG applies <c>%rename(x) f;</c> inside <c>class A { }</c> to <c>A::f</c>).
/// </summary>
internal sealed class CppScopeTracker
{
    private readonly List<string?> _scopes = [];
    private readonly List<InterfaceToken> _head = [];

    /// <summary>The named scopes around the current place, outermost first: <c>ns::A</c>; empty at file level.</summary>
    public string QualifiedScope => string.Join("::", _scopes.OfType<string>());

    /// <summary>The namespaces around the current place when no class is open (<c>ns::inner</c>), else empty.</summary>
    public string NamespaceScope => _isClass.Contains(true) ? string.Empty : QualifiedScope;

    /// <summary>The class the current place is directly inside, or null.</summary>
    public string? CurrentClass { get; private set; }

    private readonly List<bool> _isClass = [];

    public int Depth => _scopes.Count;

    public void Add(InterfaceToken token)
    {
        if (token.IsPunctuation("{"))
        {
            var (name, isClass) = ScopeName();
            _scopes.Add(name);
            _isClass.Add(isClass);
            _head.Clear();
        }
        else if (token.IsPunctuation("}"))
        {
            if (_scopes.Count > 0)
            {
                _scopes.RemoveAt(_scopes.Count - 1);
                _isClass.RemoveAt(_isClass.Count - 1);
            }
            _head.Clear();
        }
        else if (token.IsPunctuation(";"))
        {
            _head.Clear();
        }
        else
        {
            _head.Add(token);
        }
        CurrentClass = _isClass.Count > 0 && _isClass[^1] ? QualifiedScope : null;
    }

    /// <summary>'namespace N {' and 'class|struct|union N ... {' open a named scope; any other '{' an unnamed one.</summary>
    private (string? Name, bool IsClass) ScopeName()
    {
        var angles = 0;
        for (var i = 0; i + 1 < _head.Count; i++)
        {
            var word = _head[i];
            if (word.IsPunctuation("(") || word.IsPunctuation("="))
            {
                break;
            }
            angles += word.IsPunctuation("<") ? 1 : word.IsPunctuation(">") ? -1 : 0;
            if (angles > 0)
            {
                continue; // Inside 'template<class T>'.
            }
            if (word.IsIdentifier("namespace") && _head[i + 1].Kind == InterfaceTokenKind.Identifier)
            {
                return (_head[i + 1].Text, false);
            }
            if ((word.IsIdentifier("class") || word.IsIdentifier("struct") || word.IsIdentifier("union")) && _head[i + 1].Kind == InterfaceTokenKind.Identifier)
            {
                return (_head[i + 1].Text, true);
            }
        }
        return (null, false);
    }
}
