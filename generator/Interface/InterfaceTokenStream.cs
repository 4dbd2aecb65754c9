namespace ItkBindGen.Interface;

/// <summary>The tokens of one file with one token of push-back, which is all the directive grammar needs.</summary>
internal sealed class InterfaceTokenStream(InterfaceScanner scanner)
{
    private InterfaceToken? _pushedBack;
    private InterfaceToken? _previous;
    private InterfaceToken? _beforePrevious;

    public InterfaceScanner Scanner { get; } = scanner;

    /// <summary>The last token taken and not pushed back, for errors about what should have followed it.</summary>
    public InterfaceToken? Previous => _previous;

    public InterfaceToken Next()
    {
        var token = _pushedBack ?? Scanner.Next();
        _pushedBack = null;
        _beforePrevious = _previous;
        _previous = token;
        return token;
    }

    public InterfaceToken Peek()
    {
        if (_pushedBack is null)
        {
            Next();
            PushBack(_previous!);
        }
        return _pushedBack!;
    }

    public void PushBack(InterfaceToken token)
    {
        if (_pushedBack is not null)
        {
            throw new InvalidOperationException("Only one token can be pushed back.");
        }
        _pushedBack = token;
        _previous = _beforePrevious;
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
        Peek().Kind is InterfaceTokenKind.Directive or InterfaceTokenKind.Verbatim or InterfaceTokenKind.Hash or InterfaceTokenKind.End;
}
