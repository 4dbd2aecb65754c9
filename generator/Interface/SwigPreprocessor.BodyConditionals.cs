using System.Collections.Immutable;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

// '#if' lines inside a %define body: SWIG decides them each time the macro expands.
internal sealed partial class SwigPreprocessor
{
    private static readonly HashSet<string> BodyLines = ["if", "ifdef", "ifndef", "elif", "else", "endif", "error", "warning"];

    private sealed class BodyConditional(bool parentActive, bool taken)
    {
        public bool ParentActive { get; } = parentActive;

        public bool Taken { get; set; } = taken;
    }

    /// <summary>
    /// Keeps the tokens of the groups whose conditions hold; the <c>#</c> lines themselves go. The conditions expand
    /// with <paramref name="hidden"/>, the macros being expanded, so a macro that names itself there is not expanded again.
    /// </summary>
    private List<InterfaceToken> RunBodyConditionals(List<InterfaceToken> tokens, SourceLocation callSite, ImmutableHashSet<string> hidden)
    {
        if (!tokens.Exists(IsBodyLine))
        {
            return tokens;
        }
        var output = new List<InterfaceToken>();
        var open = new Stack<BodyConditional>();
        var active = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsBodyLine(tokens[i]) || i + 1 >= tokens.Count || tokens[i + 1].LineStart || !BodyLines.Contains(tokens[i + 1].Text))
            {
                if (active)
                {
                    output.Add(tokens[i]);
                }
                continue;
            }
            var name = tokens[i + 1].Text;
            var end = i + 2;
            while (end < tokens.Count && !tokens[end].LineStart)
            {
                end++;
            }
            var line = tokens.GetRange(i + 2, end - i - 2);
            i = end - 1;
            switch (name)
            {
                case "if" or "ifdef" or "ifndef":
                    var holds = active && Condition(name, line, callSite, hidden);
                    open.Push(new BodyConditional(active, holds));
                    active = holds;
                    break;
                case "elif" or "else" or "endif" when open.Count == 0:
                    _diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, callSite, $"#{name} without an #if before it in the macro's body");
                    break;
                case "elif":
                    var top = open.Peek();
                    active = !top.Taken && top.ParentActive && Condition(name, line, callSite, hidden);
                    top.Taken |= active;
                    break;
                case "else":
                    active = open.Peek().ParentActive && !open.Peek().Taken;
                    open.Peek().Taken = true;
                    break;
                case "endif":
                    active = open.Pop().ParentActive;
                    break;
                case "error" when active:
                    _diagnostics.Error(DiagnosticIds.ErrorDirective, callSite, "#error " + string.Join(" ", line.Select(t => t.Raw)));
                    break;
                case "warning" when active:
                    _diagnostics.Warning(DiagnosticIds.WarningDirective, callSite, "#warning " + string.Join(" ", line.Select(t => t.Raw)));
                    break;
            }
        }
        if (open.Count > 0)
        {
            _diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, callSite, "an #if in the macro's body has no #endif");
        }
        return output;
    }

    private static bool IsBodyLine(InterfaceToken token) => token.LineStart && token.IsPunctuation("#");
}
