namespace ItkBindGen.Interface;

/// <summary>The preprocessed tokens of one file with push-back, which is all the directive grammar needs.</summary>
internal sealed class InterfaceTokenStream(SwigPreprocessor source)
{
    private readonly Stack<InterfaceToken> _pushedBack = new();
    private readonly List<InterfaceToken> _taken = [];

    public SwigPreprocessor Source { get; } = source;

    /// <summary>The last token taken and not pushed back, for errors about what should have followed it.</summary>
    public InterfaceToken? Previous => _taken.Count > 0 ? _taken[^1] : null;

    public InterfaceToken Next()
    {
        var token = _pushedBack.TryPop(out var back) ? back : Source.Next();
        if (_taken.Count == 8)
        {
            _taken.RemoveAt(0); // Only the last few are ever looked back at.
        }
        _taken.Add(token);
        return token;
    }

    public InterfaceToken Peek()
    {
        if (_pushedBack.TryPeek(out var back))
        {
            return back;
        }
        var token = Source.Next();
        _pushedBack.Push(token);
        return token;
    }

    public void PushBack(InterfaceToken token)
    {
        _pushedBack.Push(token);
        if (_taken.Count > 0 && ReferenceEquals(_taken[^1], token))
        {
            _taken.RemoveAt(_taken.Count - 1);
        }
    }

    /// <summary>
    /// Hands tokens read ahead back to the preprocessor, so that macros an %include just defined expand in them;
    /// tokens a macro made are kept as they are (expanding them again could recurse).
    /// </summary>
    public void ReturnToSource()
    {
        if (_pushedBack.Count > 0 && _pushedBack.All(t => t.Location.Via is null))
        {
            Source.Unread([.. _pushedBack]);
            _pushedBack.Clear();
        }
    }

    /// <summary>Consumes the next token when it is the given punctuation.</summary>
    public bool Accept(string punctuation)
    {
        if (Peek().IsPunctuation(punctuation))
        {
            Next();
            return true;
        }
        return false;
    }

    /// <summary>A directive or block starts a new statement, so recovery must stop in front of it.</summary>
    public bool AtStatementStart =>
        Peek().Kind is InterfaceTokenKind.Directive or InterfaceTokenKind.Verbatim or InterfaceTokenKind.End;
}
