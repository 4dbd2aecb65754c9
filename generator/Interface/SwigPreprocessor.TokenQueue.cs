using System.Collections.Immutable;

namespace ItkBindGen.Interface;

internal sealed partial class SwigPreprocessor
{
    /// <summary>A token and the macros that must not expand again inside it (those it came from), which ends recursion.</summary>
    private readonly record struct Pending(InterfaceToken Token, ImmutableHashSet<string> Hidden);

    /// <summary>
    /// Tokens still to read: the output of macro expansions first (rescanned in turn), then, for a file, its scanner
    /// with one token of look-ahead; an argument list being expanded on its own has no scanner behind it.
    /// </summary>
    private sealed class TokenQueue(Func<Pending>? source)
    {
        private readonly Stack<Pending> _front = new();
        private InterfaceToken? _lookahead;

        /// <summary>The next token, or an End token once an argument list is used up.</summary>
        public Pending Next()
        {
            if (_front.TryPop(out var pending))
            {
                return pending;
            }
            if (_lookahead is { } ahead)
            {
                _lookahead = null;
                return new Pending(ahead, ImmutableHashSet<string>.Empty);
            }
            return source?.Invoke() ?? EndOfList;
        }

        public Pending Peek()
        {
            if (_front.TryPeek(out var pending))
            {
                return pending;
            }
            if (source is null)
            {
                return EndOfList;
            }
            _lookahead ??= source().Token;
            return new Pending(_lookahead, ImmutableHashSet<string>.Empty);
        }

        /// <summary>Whether nothing is left (an argument list used up; a file's queue is never empty before its End).</summary>
        public bool IsEmpty => _front.Count == 0 && _lookahead is null && source is null;

        /// <summary>The token read ahead from the scanner, if any, taken away (a skipped group drops it).</summary>
        public InterfaceToken? TakeLookahead()
        {
            var ahead = _lookahead;
            _lookahead = null;
            return ahead;
        }

        /// <summary>Puts tokens back in front, in order: the first of <paramref name="tokens"/> is read next.</summary>
        public void PushFront(IReadOnlyList<Pending> tokens)
        {
            for (var i = tokens.Count - 1; i >= 0; i--)
            {
                _front.Push(tokens[i]);
            }
        }

        private static readonly Pending EndOfList = new(
            new InterfaceToken(InterfaceTokenKind.End, string.Empty, Diagnostics.SourceLocation.None, Diagnostics.SourceLocation.None),
            ImmutableHashSet<string>.Empty);
    }
}
