using ItkBindGen.Binding.Selection;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>The members of one class (or the free functions) that are not wrapped, with the reasons, in the order met.</summary>
// owner: the C++ class the members are called on, null for free functions; templates: the binding scope's template spellings.
internal sealed class SkipList(CppClass? owner, TemplateSpellings templates)
{
    private readonly List<SkippedMember> _items = [];

    public IReadOnlyList<SkippedMember> Items => _items;

    public void Add(CppClass? declaring, CppFunction function, string reason, DiagnosticId? id = null)
    {
        var signature = $"{function.Name}({string.Join(", ", function.Parameters.Select(p => p.Type.CanonicalSpelling))})";
        var member = owner is null ? signature : $"{owner.FullName}::{signature}";
        var shared = declaring is null ? member : $"{templates.Of(declaring)}::{signature}";
        _items.Add(new SkippedMember(member, id ?? DiagnosticIds.MemberNotWrapped, reason, function.Location, shared));
    }
}
