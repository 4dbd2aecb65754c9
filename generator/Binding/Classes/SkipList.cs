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

    public void Add(CppClass? declaring, CppFunction function, string reason, DiagnosticId? id = null, string? needsClass = null) =>
        Add(declaring, $"{function.Name}({string.Join(", ", function.Parameters.Select(p => p.Type.CanonicalSpelling))})", function.Location, reason, id, needsClass,
            libraryMember: function.ExtensionHelper is null);

    public void Add(CppClass? declaring, CppField field, string reason, DiagnosticId? id = null) =>
        Add(declaring, field.Name, field.Location, reason, id);

    /// <param name="declaring">The class that declares the member, null for a free function.</param>
    /// <param name="member">The member as C++ names it in its class: a signature, or a field's name.</param>
    /// <param name="location">Its declaration.</param>
    /// <param name="reason">Why it is not wrapped.</param>
    /// <param name="id">The diagnostic: not wrapped (IBG3001) unless said otherwise.</param>
    /// <param name="needsClass">The class the module does not wrap that the member needs, when that is the reason.</param>
    /// <param name="libraryMember">A member function the class declares itself (not an %extend one).</param>
    public void Add(CppClass? declaring, string member, SourceLocation location, string reason, DiagnosticId? id = null, string? needsClass = null,
        bool libraryMember = false)
    {
        var asSeen = owner is null ? member : $"{owner.FullName}::{member}";
        var shared = declaring is null ? asSeen : $"{templates.Of(declaring)}::{member}";
        // A standard library class's own member functions over its iterators, allocators and the like are left out by
        // design: the report lists them, a warning each would bury the user's own. One that needs a class of the
        // user's, its fields and %extend members are warned of as any other.
        var internals = id is null && libraryMember && owner is not null && StandardClasses.IsStandard(owner.FullName)
            && (needsClass is null || StandardClasses.IsStandard(needsClass));
        _items.Add(new SkippedMember(asSeen, id ?? (internals ? DiagnosticIds.NotWrappedByDesign : DiagnosticIds.MemberNotWrapped), reason, location, shared)
        {
            NeedsClass = needsClass,
        });
    }
}
