using System.Text;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// Rebuilds C++ text from tokens so that each token stands on its own line (and, where it can, its own column):
/// the result is an <see cref="InterfaceCode"/> a compiler can be pointed at. Tokens a macro made share their call
/// site, so they are laid out one after another on that line, a space where the macro's text had one.
/// </summary>
internal sealed class CppTextWriter
{
    private readonly StringBuilder _text = new();
    private SourceLocation _start = SourceLocation.None;
    private int _line;
    private int _column;

    public bool IsEmpty => _text.Length == 0;

    public void Add(InterfaceToken token)
    {
        var where = token.Location;
        var raw = token.Raw;
        if (token.IsPunctuation("#") && !token.SpaceBefore && _lastWasPercent)
        {
            // SWIG's '%#' writes a preprocessor line into generated code: '%#ifdef X' becomes '#ifdef X'.
            _text.Length--;
            _column--;
        }
        _lastWasPercent = token.IsPunctuation("%");
        if (!_start.IsKnown)
        {
            _start = where with { Via = null };
            (_line, _column) = (where.Line, where.Column);
        }
        else if (where.File == _start.File && where.Line > _line)
        {
            if (_text.Length > 0 && _text[^1] == '\\')
            {
                _text.Append(' '); // A backslash before a line break would join the lines when the text is read again.
            }
            _text.Append('\n', where.Line - _line).Append(' ', Math.Max(0, where.Column - 1));
            (_line, _column) = (where.Line, where.Column);
        }
        else if (where.File == _start.File && where.Line == _line && where.Column > _column && where.Via is null)
        {
            _text.Append(' ', where.Column - _column);
            _column = where.Column;
        }
        else if (token.SpaceBefore || NeedsSpace(token))
        {
            _text.Append(' ');
            _column++;
        }
        _text.Append(raw);
        _column += raw.Length;
        _lastWasWord = token.IsWord;
    }

    private bool _lastWasWord;
    private bool _lastWasPercent;

    // Two words never run together, whatever the spacing said (a macro argument pasted next to a word).
    private bool NeedsSpace(InterfaceToken token) => _lastWasWord && token.IsWord;

    /// <summary>The text so far and where it starts; the writer is empty afterwards.</summary>
    public InterfaceCode? Take()
    {
        if (_text.Length == 0)
        {
            return null;
        }
        var code = new InterfaceCode(_text.ToString(), _start);
        _text.Clear();
        _start = SourceLocation.None;
        _lastWasWord = false;
        return code;
    }
}
