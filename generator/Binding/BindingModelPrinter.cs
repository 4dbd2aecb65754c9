using System.Text;

namespace ItkBindGen.Binding;

/// <summary>Prints a binding model as text, so a snapshot diff tells a binding change from a template change.</summary>
public static class BindingModelPrinter
{
    public static string Print(ModuleBinding module)
    {
        var text = new StringBuilder();
        text.Append($"module {module.Name} namespace {module.Namespace} library {module.NativeLibrary} threads={module.Threads} target={module.Target}\n");
        foreach (var import in module.Imports)
        {
            text.Append($"import {import}\n");
        }
        foreach (var e in module.Enums)
        {
            text.Append($"enum {e.CsName} : {e.UnderlyingCsType} = {e.CppName}\n");
        }
        foreach (var c in module.Classes)
        {
            text.Append($"\nclass {c.CsName} : {(c.BaseCsName.Length == 0 ? "static" : c.BaseCsName)} = {c.CppName}");
            text.Append(c.DeclaresEvents ? " [events]" : string.Empty).Append(c.Image is null ? string.Empty : $" [image {c.Image.PixelCsType} {c.Image.Dimension}D]");
            text.Append('\n');
            foreach (var constructor in c.Constructors)
            {
                text.Append($"  new({string.Join(", ", constructor.Factory.Parameters.Select(p => $"{p.CsDeclaration} [{p.Marshaller.Kind}]"))}) -> {constructor.Factory.NativeName}{Lock(constructor.Factory)}\n");
            }
            foreach (var p in c.Properties)
            {
                text.Append($"  property {p.CsType} {p.Name}\n");
            }
            foreach (var m in c.Methods)
            {
                text.Append("  ").Append(Method(m)).Append('\n');
            }
            if (c.Director is { } director)
            {
                text.Append($"  director {director.CppClassName}: {director.New.NativeName}, {director.Connect.NativeName}\n");
                foreach (var d in director.Methods)
                {
                    text.Append($"  overridable {(d.IsProtected ? "protected " : string.Empty)}{d.CppSignature} as {d.CsName} [bit {d.Index}] base {d.BaseCall.NativeName}\n");
                }
            }
            if (c.AsyncUpdate is { } async)
            {
                foreach (var update in async.Methods)
                {
                    text.Append($"  async {update.CsName} runs {update.Update.CsName} on a native-call thread\n");
                }
                text.Append("  ").Append(Method(async.RequestAbort)).Append('\n');
                text.Append("  ").Append(Method(async.ClearAbort)).Append('\n');
            }
        }
        foreach (var c in module.Constants)
        {
            text.Append($"constant {c.Getter.Return.CsType} {c.CsName} = {c.Getter.CppCall} -> {c.Getter.NativeName}\n");
        }
        foreach (var p in module.Properties)
        {
            text.Append($"variable {p.CsType} {p.Name} get {p.Getter.NativeName}{(p.Setter is { } set ? " set " + set.NativeName : string.Empty)}\n");
        }
        foreach (var f in module.Functions)
        {
            text.Append("function ").Append(Method(f)).Append('\n');
        }
        return text.ToString();
    }

    // Each parameter and the return name their marshaller's kind, so a mapping change shows in the model snapshot.
    private static string Method(MethodBinding m)
    {
        var modifiers = (m.Access == MemberAccess.Public ? string.Empty : m.AccessKeyword + " ") + (m.IsStatic ? "static " : string.Empty) + (m.HidesBaseMember ? "new " : string.Empty);
        var parameters = string.Join(", ", m.Parameters.Select(p => $"{p.CsDeclaration} [{p.Marshaller.Kind}]"));
        return $"{modifiers}{m.Return.CsType} [{m.ReturnMarshaller.Kind}] {m.CsName}({parameters}) -> {m.NativeName} from {m.DeclaringClass}{Lock(m)}";
    }

    private static string Lock(MethodBinding m) => m.Lock switch
    {
        LockPolicy.Releases => " [releases lock]",
        LockPolicy.Keeps => $" [keeps lock: {m.AccessorMacro} accessor]",
        _ => m.AccessorMacro is null ? " [holds lock]" : $" [holds lock: {m.AccessorMacro} accessor]",
    };
}
