using System.Text;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// Splits interface file text into tokens on demand. Comments and backslash-newline continuations are
/// dropped everywhere except inside <c>%{ %}</c>, whose text is kept byte for byte. Each token says whether it starts
/// a line and whether space stands before it, which the preprocessor needs. Problems (unterminated strings,
/// characters, comments, blocks) are reported here and come back as an Error token.
/// </summary>
internal sealed class InterfaceScanner
{
    private readonly string _text;
    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<int> _lineStarts = [0];
    private int _position;
    private bool _lineStart = true;
    private bool _spaceBefore;

    public InterfaceScanner(string text, string file, DiagnosticBag diagnostics)
    {
        _text = text;
        _file = file;
        _diagnostics = diagnostics;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string File => _file;

    /// <summary>Where the next character stands, for errors about what a preprocessor line lacks.</summary>
    public SourceLocation Here => LocationOf(Math.Min(Skip(_position), _text.Length));

    public InterfaceToken Next()
    {
        SkipTrivia();
        var start = Skip(_position);
        _position = start;
        if (start >= _text.Length)
        {
            return Token(InterfaceTokenKind.End, string.Empty, start);
        }

        var c = _text[start];
        if (c == '%')
        {
            return ScanPercent(start);
        }
        if (c == '"')
        {
            return ScanQuoted(start, '"', InterfaceTokenKind.String, "string");
        }
        if (c == '\'')
        {
            return ScanQuoted(start, '\'', InterfaceTokenKind.Character, "character");
        }
        if (IsIdentifierStart(c))
        {
            return ScanWhile(start, InterfaceTokenKind.Identifier, IsIdentifierPart);
        }
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(CharAt(start, 1))))
        {
            return ScanNumber(start);
        }
        if ((c == ':' || c == '#') && CharAt(start, 1) == c)
        {
            Advance();
            Advance();
            return Token(InterfaceTokenKind.Punctuation, new string(c, 2), start);
        }
        Advance();
        return Token(InterfaceTokenKind.Punctuation, c.ToString(), start);
    }

    /// <summary>
    /// The rest of the current line as written, continuations joined and comments dropped, for preprocessor lines
    /// whose text is not made of tokens (<c>#error don't</c>). The next token then starts a line.
    /// </summary>
    public string RestOfLine()
    {
        var line = new StringBuilder();
        while (true)
        {
            var i = Skip(_position);
            if (i >= _text.Length || _text[i] == '\n')
            {
                _position = i;
                return line.ToString().Trim();
            }
            if (_text[i] == '/' && CharAt(i, 1) == '/')
            {
                _position = i;
                while (Skip(_position) < _text.Length && _text[Skip(_position)] != '\n')
                {
                    Advance();
                }
                continue;
            }
            if (_text[i] == '/' && CharAt(i, 1) == '*')
            {
                if (!SkipBlockComment(i))
                {
                    return line.ToString().Trim();
                }
                line.Append(' ');
                continue;
            }
            line.Append(_text[i]);
            Advance();
        }
    }

    /// <summary>The name of a preprocessor line, read just after its '#' without leaving the line; empty when none.</summary>
    public string ReadDirectiveName()
    {
        while (true)
        {
            var i = Skip(_position);
            if (i < _text.Length && _text[i] is ' ' or '\t')
            {
                _position = i + 1;
            }
            else if (i < _text.Length && _text[i] == '/' && CharAt(i, 1) == '*' && _text.IndexOf('\n', i, Math.Max(0, _text.IndexOf("*/", i + 2, StringComparison.Ordinal) - i)) < 0)
            {
                SkipBlockComment(i);
            }
            else
            {
                break;
            }
        }
        var name = new StringBuilder();
        while (Skip(_position) < _text.Length && IsIdentifierPart(_text[Skip(_position)]))
        {
            name.Append(_text[Skip(_position)]);
            Advance();
        }
        _spaceBefore = true;
        return name.ToString();
    }

    /// <summary>
    /// Skips lines of a group the preprocessor leaves out, up to the next line whose first character is '#'
    /// (left unread); comments and <c>%{ %}</c> blocks are skipped whole, nothing else is tokenized. False at the end.
    /// </summary>
    public bool SkipToDirectiveLine()
    {
        var atLineStart = false;
        while (true)
        {
            var i = Skip(_position);
            if (i >= _text.Length)
            {
                _position = i;
                return false;
            }
            var c = _text[i];
            if (c == '\n')
            {
                atLineStart = true;
                _position = i + 1;
                continue;
            }
            if (c is ' ' or '\t' or '\r' or '\f' or '\v')
            {
                _position = i + 1;
                continue;
            }
            if (c == '#' && atLineStart)
            {
                _position = i;
                _lineStart = true;
                _spaceBefore = false;
                return true;
            }
            atLineStart = false;
            if (c == '/' && CharAt(i, 1) == '*')
            {
                if (!SkipBlockComment(i))
                {
                    return false;
                }
            }
            else if (c == '/' && CharAt(i, 1) == '/')
            {
                _position = i;
                while (Skip(_position) < _text.Length && _text[Skip(_position)] != '\n')
                {
                    Advance();
                }
            }
            else if (c == '%' && CharAt(i, 1) == '{')
            {
                var end = _text.IndexOf("%}", i + 2, StringComparison.Ordinal);
                _position = end < 0 ? _text.Length : end + 2;
            }
            else
            {
                _position = i + 1;
            }
        }
    }

    public SourceLocation LocationOf(int index)
    {
        var line = _lineStarts.BinarySearch(index);
        if (line < 0)
        {
            line = ~line - 1;
        }
        return new SourceLocation(_file, line + 1, index - _lineStarts[line] + 1);
    }

    private InterfaceToken ScanPercent(int start)
    {
        var next = Skip(start + 1);
        if (next < _text.Length && _text[next] == '{')
        {
            return ScanVerbatim(start, next + 1);
        }
        Advance();
        if (next < _text.Length && _text[next] == '}')
        {
            Advance();
            return Token(InterfaceTokenKind.Punctuation, "%}", start);
        }
        if (next < _text.Length && IsIdentifierStart(_text[next]))
        {
            var name = new StringBuilder();
            while (Skip(_position) < _text.Length && IsIdentifierPart(_text[Skip(_position)]))
            {
                name.Append(_text[Skip(_position)]);
                Advance();
            }
            return Token(InterfaceTokenKind.Directive, name.ToString(), start);
        }
        return Token(InterfaceTokenKind.Punctuation, "%", start);
    }

    private InterfaceToken ScanVerbatim(int start, int contentStart)
    {
        // The block is raw text: no comments, strings or continuations are recognized inside it.
        var end = _text.IndexOf("%}", contentStart, StringComparison.Ordinal);
        if (end < 0)
        {
            _diagnostics.Error(DiagnosticIds.UnterminatedInterfaceText, LocationOf(start), "'%{' has no closing '%}'");
            _position = _text.Length;
            return Token(InterfaceTokenKind.Error, string.Empty, start);
        }
        _position = end + 2;
        return Token(InterfaceTokenKind.Verbatim, _text[contentStart..end], start) with { BodyLocation = LocationOf(contentStart) };
    }

    /// <summary>A string (text: escapes resolved) or a character literal (text: as written); both keep their spelling in Raw.</summary>
    private InterfaceToken ScanQuoted(int start, char quote, InterfaceTokenKind kind, string what)
    {
        Advance();
        var value = new StringBuilder();
        var raw = new StringBuilder().Append(quote);
        while (true)
        {
            var i = Skip(_position);
            if (i >= _text.Length || _text[i] == '\n')
            {
                _diagnostics.Error(DiagnosticIds.UnterminatedInterfaceText, LocationOf(start), $"{what} has no closing '{quote}' on the same line");
                _position = i;
                return Token(InterfaceTokenKind.Error, value.ToString(), start);
            }
            Advance();
            var c = _text[i];
            raw.Append(c);
            if (c == quote)
            {
                return Token(kind, kind == InterfaceTokenKind.Character ? raw.ToString() : value.ToString(), start) with { Raw = raw.ToString() };
            }
            if (c == '\\')
            {
                var escaped = Skip(_position);
                if (escaped < _text.Length && _text[escaped] != '\n')
                {
                    Advance();
                    c = _text[escaped];
                    raw.Append(c);
                }
            }
            value.Append(c);
        }
    }

    /// <summary>A preprocessing number: 2, 3u, 0x1F, 1.5f, 1e-3 (a sign belongs to it after an exponent letter).</summary>
    private InterfaceToken ScanNumber(int start)
    {
        var value = new StringBuilder();
        while (true)
        {
            var i = Skip(_position);
            if (i >= _text.Length)
            {
                break;
            }
            var c = _text[i];
            var exponentSign = (c is '+' or '-') && value.Length > 0 && value[^1] is 'e' or 'E' or 'p' or 'P';
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' || exponentSign))
            {
                break;
            }
            value.Append(c);
            Advance();
        }
        return Token(InterfaceTokenKind.Number, value.ToString(), start);
    }

    private InterfaceToken ScanWhile(int start, InterfaceTokenKind kind, Func<char, bool> accepts)
    {
        var value = new StringBuilder();
        while (true)
        {
            var i = Skip(_position);
            if (i >= _text.Length || !accepts(_text[i]))
            {
                return Token(kind, value.ToString(), start);
            }
            value.Append(_text[i]);
            Advance();
        }
    }

    private void SkipTrivia()
    {
        while (true)
        {
            var i = Skip(_position);
            if (i >= _text.Length)
            {
                _position = i;
                return;
            }
            var c = _text[i];
            if (char.IsWhiteSpace(c))
            {
                _lineStart |= c == '\n';
                _spaceBefore = true;
                _position = i + 1;
            }
            else if (c == '/' && CharAt(i, 1) == '/')
            {
                // A line comment ends at the newline; a continuation carries it on, as in C.
                _spaceBefore = true;
                _position = i;
                while (Skip(_position) < _text.Length && _text[Skip(_position)] != '\n')
                {
                    Advance();
                }
            }
            else if (c == '/' && CharAt(i, 1) == '*')
            {
                _spaceBefore = true;
                if (!SkipBlockComment(i))
                {
                    return;
                }
            }
            else
            {
                _position = i;
                return;
            }
        }
    }

    /// <summary>Skips a <c>/* */</c> comment starting at <paramref name="start"/>; reports one never closed and returns false.</summary>
    private bool SkipBlockComment(int start)
    {
        var end = _text.IndexOf("*/", start + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            _diagnostics.Error(DiagnosticIds.UnterminatedInterfaceText, LocationOf(start), "comment has no closing '*/'");
            _position = _text.Length;
            return false;
        }
        _position = end + 2;
        return true;
    }

    /// <summary>The index of the first character at or after <paramref name="index"/> that is not part of a backslash-newline.</summary>
    private int Skip(int index)
    {
        while (index < _text.Length && _text[index] == '\\')
        {
            var after = index + 1;
            if (after < _text.Length && _text[after] == '\r')
            {
                after++;
            }
            if (after < _text.Length && _text[after] == '\n')
            {
                index = after + 1;
            }
            else
            {
                break;
            }
        }
        return index;
    }

    /// <summary>The character <paramref name="ahead"/> logical characters after <paramref name="index"/>, continuations skipped.</summary>
    private char CharAt(int index, int ahead)
    {
        var i = Skip(index);
        for (var n = 0; n < ahead && i < _text.Length; n++)
        {
            i = Skip(i + 1);
        }
        return i < _text.Length ? _text[i] : '\0';
    }

    private void Advance() => _position = Skip(_position) + 1;

    private InterfaceToken Token(InterfaceTokenKind kind, string text, int start)
    {
        var token = new InterfaceToken(kind, text, LocationOf(start), LocationOf(Math.Min(_position, _text.Length)))
        {
            LineStart = _lineStart,
            SpaceBefore = _spaceBefore,
        };
        _lineStart = false;
        _spaceBefore = false;
        return token;
    }

    internal static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    internal static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
