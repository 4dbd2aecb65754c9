using System.Text;

namespace ItkBindGen.Parsing.Building;

/// <summary>What asked for a line of the main file, so a clang diagnostic on that line is reported where the user wrote it.</summary>
internal enum MainFileLine
{
    /// <summary><c>typedef Spelling t0;</c>: a class instantiation request.</summary>
    ClassRequest,

    /// <summary><c>typedef Scope u0;</c>: the scope of a class request that may name a member template instead.</summary>
    RequestScope,

    /// <summary><c>typedef Class m0;</c>: the class of a member template request.</summary>
    MemberClass,

    /// <summary>A line of the probe that instantiates one member template overload (second parse only).</summary>
    MemberProbe,
}

/// <summary>
/// The unsaved main file libclang parses: the input headers' includes, then one line per request (a probe spans a few
/// lines), each remembered with what asked for it.
/// </summary>
internal sealed class MainFile
{
    private readonly StringBuilder _text = new();
    private readonly Dictionary<int, (MainFileLine Kind, int Index)> _lines = [];
    private int _line = 1;

    public string Text => _text.ToString();

    public void Append(string line)
    {
        _text.Append(line).Append('\n');
        _line++;
    }

    public void Append(string line, MainFileLine kind, int index)
    {
        _lines[_line] = (kind, index);
        Append(line);
    }

    public bool TryGetLine(int line, out (MainFileLine Kind, int Index) owner) => _lines.TryGetValue(line, out owner);

    /// <summary>A copy to extend (the second parse reads the same text plus its probes, so first-parse lines keep their numbers).</summary>
    public MainFile Copy()
    {
        var copy = new MainFile();
        copy._text.Append(_text);
        copy._line = _line;
        foreach (var (line, owner) in _lines)
        {
            copy._lines[line] = owner;
        }
        return copy;
    }
}
