using System.Text;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// Splits interface file text into tokens on demand. Comments and backslash-newline continuations are
/// dropped everywhere except inside <c>%{ %}</c>, whose text is kept byte for byte.
/// Problems (unterminated strings, comments, blocks) are reported here and come back as an Error token.
/// </summary>
internal sealed class InterfaceScanner
{
    private readonly string _text;
    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<int> _lineStarts = [0];
    private int _position;

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
            return ScanString(start);
        }
        if (c == '#')
        {
            return ScanHashLine(start);
        }
        if (IsIdentifierStart(c))
        {
            return ScanWhile(start, InterfaceTokenKind.Identifier, IsIdentifierPart);
        }
        if (char.IsAsciiDigit(c))
        {
            // Numbers in template arguments: 2, 3u, 0x10, 1.5f.
            return ScanWhile(start, InterfaceTokenKind.Number, ch => char.IsAsciiLetterOrDigit(ch) || ch == '.' || ch == '_');
        }
        if (c == ':' && CharAt(start, 1) == ':')
        {
            Advance();
            Advance();
            return Token(InterfaceTokenKind.Punctuation, "::", start);
        }
        Advance();
        return Token(InterfaceTokenKind.Punctuation, c.ToString(), start);
    }

    /// <summary>
    /// Reads <c>&lt;path&gt;</c> after <c>%include</c> or <c>%import</c>, which the ordinary tokens would
    /// split at every slash and dot. Returns null, consuming nothing, when the next token is not one.
    /// </summary>
    public InterfaceToken? TryScanAnglePath()
    {
        SkipTrivia();
        var start = Skip(_position);
        _position = start;
        if (start >= _text.Length || _text[start] != '<')
        {
            return null;
        }
        Advance();
        var path = new StringBuilder();
        while (true)
        {
            var i = Skip(_position);
            if (i >= _text.Length || _text[i] == '\n')
            {
                _diagnostics.Error(DiagnosticIds.UnterminatedInterfaceText, LocationOf(start), "'<' has no closing '>' on the same line");
                _position = i;
                return Token(InterfaceTokenKind.Error, path.ToString(), start);
            }
            Advance();
            if (_text[i] == '>')
            {
                return Token(InterfaceTokenKind.String, path.ToString(), start);
            }
            path.Append(_text[i]);
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
        return Token(InterfaceTokenKind.Verbatim, _text[contentStart..end], start);
    }

    private InterfaceToken ScanString(int start)
    {
        Advance();
        var value = new StringBuilder();
        while (true)
        {
            var i = Skip(_position);
            if (i >= _text.Length || _text[i] == '\n')
            {
                _diagnostics.Error(DiagnosticIds.UnterminatedInterfaceText, LocationOf(start), "string has no closing '\"' on the same line");
                _position = i;
                return Token(InterfaceTokenKind.Error, value.ToString(), start);
            }
            Advance();
            var c = _text[i];
            if (c == '"')
            {
                return Token(InterfaceTokenKind.String, value.ToString(), start);
            }
            if (c == '\\')
            {
                var escaped = Skip(_position);
                if (escaped < _text.Length && _text[escaped] != '\n')
                {
                    Advance();
                    c = _text[escaped];
                }
            }
            value.Append(c);
        }
    }

    private InterfaceToken ScanHashLine(int start)
    {
        var line = new StringBuilder();
        while (true)
        {
            var i = Skip(_position);
            if (i >= _text.Length || _text[i] == '\n')
            {
                _position = i;
                return Token(InterfaceTokenKind.Hash, line.ToString().TrimEnd(), start);
            }
            line.Append(_text[i]);
            Advance();
        }
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
                _position = i + 1;
            }
            else if (c == '/' && CharAt(i, 1) == '/')
            {
                // A line comment ends at the newline; a continuation carries it on, as in C.
                _position = i;
                while (Skip(_position) < _text.Length && _text[Skip(_position)] != '\n')
                {
                    Advance();
                }
            }
            else if (c == '/' && CharAt(i, 1) == '*')
            {
                var end = _text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    _diagnostics.Error(DiagnosticIds.UnterminatedInterfaceText, LocationOf(i), "comment has no closing '*/'");
                    _position = _text.Length;
                    return;
                }
                _position = end + 2;
            }
            else
            {
                _position = i;
                return;
            }
        }
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

    private InterfaceToken Token(InterfaceTokenKind kind, string text, int start) =>
        new(kind, text, LocationOf(start), LocationOf(Math.Min(_position, _text.Length)));

    internal static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    internal static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
