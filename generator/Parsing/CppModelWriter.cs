using System.Text;

namespace ItkBindGen.Parsing;

/// <summary>Prints a compilation as readable C++-like text: what <c>itkbindgen inspect</c> shows.</summary>
public static class CppModelWriter
{
    public static string Write(CppCompilation compilation)
    {
        var text = new StringBuilder();
        WriteNamespace(text, compilation.GlobalNamespace, 0);
        foreach (var instance in compilation.RequestedInstantiations)
        {
            var requested = compilation.Instantiations.Where(p => p.Value == instance && p.Key != instance.FullName).Select(p => p.Key).FirstOrDefault();
            text.Append("// instantiation").Append(requested is null ? string.Empty : $" of {requested}").Append('\n');
            WriteClass(text, instance, 0, withInherited: true);
        }
        return text.ToString();
    }

    private static void WriteNamespace(StringBuilder text, CppNamespace ns, int depth)
    {
        var indent = new string(' ', depth * 2);
        var inner = depth;
        if (ns.Name.Length > 0)
        {
            text.Append(indent).Append("namespace ").Append(ns.Name).Append(" {\n");
            inner++;
        }
        var innerIndent = new string(' ', inner * 2);
        foreach (var e in ns.Enums)
        {
            text.Append(innerIndent).Append(e).Append(";\n");
        }
        foreach (var t in ns.Typedefs)
        {
            text.Append(innerIndent).Append(t).Append(";\n");
        }
        foreach (var f in ns.Functions)
        {
            text.Append(innerIndent).Append(f).Append(";\n");
        }
        foreach (var c in ns.Classes)
        {
            WriteClass(text, c, inner, withInherited: false);
        }
        WriteSpecializations(text, ns.Specializations, inner);
        foreach (var child in ns.Namespaces)
        {
            WriteNamespace(text, child, inner);
        }
        if (ns.Name.Length > 0)
        {
            text.Append(indent).Append("}\n");
        }
    }

    private static void WriteSpecializations(StringBuilder text, List<CppClass> specializations, int depth)
    {
        foreach (var specialization in specializations)
        {
            var kind = specialization.IsExplicitSpecialization ? "explicit specialization" : "explicit instantiation";
            text.Append(new string(' ', depth * 2)).Append("// ").Append(kind).Append('\n');
            WriteClass(text, specialization, depth, withInherited: false);
        }
    }

    private static void WriteClass(StringBuilder text, CppClass cls, int depth, bool withInherited)
    {
        var indent = new string(' ', depth * 2);
        var member = new string(' ', depth * 2 + 2);
        text.Append(indent).Append(cls);
        if (cls.IsAbstract)
        {
            text.Append(" /* abstract */");
        }
        text.Append(" {\n");
        foreach (var e in cls.Enums)
        {
            text.Append(member).Append(e).Append(";\n");
        }
        foreach (var t in cls.Typedefs)
        {
            text.Append(member).Append(t).Append(";\n");
        }
        foreach (var f in cls.Fields)
        {
            text.Append(member).Append(f).Append(";\n");
        }
        foreach (var f in cls.Constructors.Concat(cls.Destructors).Concat(cls.Functions))
        {
            text.Append(member).Append(f).Append(';');
            if (f.Macro is not null)
            {
                text.Append("  // ").Append(f.Macro);
            }
            text.Append('\n');
        }
        foreach (var f in cls.FunctionTemplates)
        {
            text.Append(member).Append(f).Append(";\n");
        }
        foreach (var nested in cls.Classes)
        {
            WriteClass(text, nested, depth + 1, withInherited: false);
        }
        WriteSpecializations(text, cls.Specializations, depth + 1);
        if (withInherited)
        {
            foreach (var group in cls.GetAllPublicFunctions().Where(m => m.DeclaringClass != cls).GroupBy(m => m.DeclaringClass))
            {
                text.Append(member).Append("// inherited from ").Append(group.Key.FullName).Append('\n');
                foreach (var inherited in group)
                {
                    text.Append(member).Append(inherited.Function).Append(";\n");
                }
            }
        }
        text.Append(indent).Append("};\n");
    }
}
