using System.Text;
using System.Text.RegularExpressions;
using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Cli.Extend;

/// <summary>
/// The C++ SWIG writes for <c>%extend</c>: a free helper a member, in a namespace of its own, with the object as its
/// first parameter (<c>self</c>, which <c>$self</c> names); a constructor's helper returns a new object. The helpers
/// are compiled into the shim (in its wrapper section, after every class they may use is defined) and parsed by
/// libclang with the interface file's other code, so their signatures come from the C++ parser, not from this text.
/// </summary>
internal static partial class ExtendHelpers
{
    /// <summary>The namespace the helpers are declared in; the model takes it out (its functions become class members).</summary>
    public const string Namespace = "__itkbindgen_extend";

    /// <summary>The plans of a file's <c>%extend</c> directives; what cannot be built is reported to <paramref name="diagnostics"/>.</summary>
    public static List<ExtendPlan> Plans(InterfaceFile file, DiagnosticBag diagnostics)
    {
        var tag = FileTag().Replace(Path.GetFileNameWithoutExtension(file.Path), "_");
        var plans = new List<ExtendPlan>();
        for (var index = 0; index < file.Extends.Count; index++)
        {
            var directive = file.Extends[index];
            if (TemplateWide(file, directive) is { } instantiation)
            {
                // Not applied rather than refused: the rest of the module is as usable as without the directive.
                diagnostics.Warning(DiagnosticIds.DirectiveNotApplied, directive.Location,
                    $"%extend {directive.ClassName} is not applied: it names a class template, and extending every instantiation at once is not supported, so its members are not added; write %extend {instantiation} {{ ... }} for each %template instantiation");
                continue;
            }
            var prefix = $"e_{tag}_{index}";
            plans.Add(new ExtendPlan(directive, "::" + directive.ClassName.TrimStart(':'), prefix + "_class", ExtendMemberReader.Read(directive, prefix, diagnostics)));
        }
        return plans;
    }

    /// <summary>
    /// The helpers of a file as one block of its wrapper section; for libclang (<paramref name="placed"/>) each behind a
    /// <c>#line</c> naming its member's place in the interface file, for the shim without (the shim's own lines follow).
    /// </summary>
    public static VerbatimBlock? Block(InterfaceFile file, bool placed)
    {
        if (file.Extends.Count == 0)
        {
            return null;
        }
        var text = new StringBuilder().Append("namespace ").Append(Namespace).Append(" {\n");
        foreach (var plan in Plans(file, new DiagnosticBag()))
        {
            Place(text, plan.Directive.Location, placed).Append("void ").Append(plan.Anchor).Append('(').Append(plan.SelfType).Append(" *);\n");
            foreach (var member in plan.Members)
            {
                Place(text, member.Location, placed).Append(Helper(plan.SelfType, member)).Append('\n');
            }
        }
        text.Append("}\n");
        return new VerbatimBlock(text.ToString(), file.Extends[0].Location, ShimSection.Wrapper, IsInline: true);
    }

    private static string Helper(string self, ExtendMember member)
    {
        if (member.Kind == ExtendMemberKind.Variable)
        {
            // The getter's result carries the variable's type to the model; SWIG's accessors must be declared.
            var accessors = string.Concat(new[] { member.Forward, member.Setter }.OfType<string>().Select(f => $" using {f};"));
            return $"{(member.Body.Length > 0 ? "inline " : string.Empty)}{member.ReturnType} {member.Helper}(){(member.Body.Length > 0 ? " " + member.Body : ";")}{accessors}";
        }
        string[] parameters = member.Kind switch
        {
            // A body need not use the object: -Wunused-parameter must not fail the shim's build.
            ExtendMemberKind.Method => [$"[[maybe_unused]] {(member.IsConst ? "const " : string.Empty)}{self} *self", member.Parameters],
            ExtendMemberKind.Destructor => [$"[[maybe_unused]] {self} *self"],
            _ => [member.Parameters],
        };
        var result = member.Kind switch
        {
            ExtendMemberKind.Constructor => self + " *",
            ExtendMemberKind.Destructor => "void",
            _ => member.ReturnType,
        };
        var list = string.Join(", ", parameters.Where(p => p.Length > 0));
        if (member.Forward is { } forward)
        {
            // Declared without a body: the helper only carries the signature; the shim calls SWIG's function, which must be declared.
            return $"{result} {member.Helper}({list}); using {forward};";
        }
        return $"inline {result} {member.Helper}({list}){(member.IsNoexcept ? " noexcept" : string.Empty)} {member.Body}";
    }

    private static StringBuilder Place(StringBuilder text, SourceLocation location, bool placed)
    {
        if (placed && location.IsKnown && location.Line > 0)
        {
            text.Append("#line ").Append(location.Line).Append(" \"").Append(location.File.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"\n");
        }
        return text;
    }

    // A %template of the class the directive names without arguments: SWIG then extends every instantiation.
    private static string? TemplateWide(InterfaceFile file, ExtendDirective directive)
    {
        if (directive.ClassName.Contains('<'))
        {
            return null;
        }
        var name = directive.ClassName.TrimStart(':');
        return file.Templates.Select(t => t.CppType).FirstOrDefault(type => type.IndexOf('<') is var angle && angle > 0
            && type[..angle].Trim().TrimStart(':') is var template
            && (template == name || template.EndsWith("::" + name, StringComparison.Ordinal) || name.EndsWith("::" + template, StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"[^A-Za-z0-9_]")]
    private static partial Regex FileTag();
}
