using ItkBindGen.Diagnostics;

namespace ItkBindGen.Binding;

/// <summary>
/// The shim's <c>extern "C"</c> entry points share one namespace of C symbols: a class member's is named
/// <c>{Module}_{Class}_{member}</c>, a free function's <c>{Module}_{name}</c>, so a C API's <c>Sensor_New</c> beside struct
/// <c>Sensor</c>'s constructor would define <c>M_Sensor_New</c> twice. The classes are bound first; the names they and the
/// runtime take are the set the module's own calls (functions, constants, variables) claim theirs from, numbered past a
/// taken one. Two classes whose names meet (<c>A::B_c</c> and <c>A_B::c</c>) are reported: neither can be renamed after
/// the fact without the other's proxy changing.
/// </summary>
internal static class EntryPoints
{
    /// <summary>
    /// The entry points of the classes and of the runtime's own calls; a name two classes use, or a class and the
    /// runtime, is an error at the class's declaration (<paramref name="locate"/> finds it by its C++ name).
    /// </summary>
    public static HashSet<string> Taken(string moduleName, StartupBinding? startup, IReadOnlyList<ClassBinding> classes,
        Func<string, SourceLocation> locate, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [$"{moduleName}_ibg_UnregisterFunction"] = "the runtime's own",
            [$"{moduleName}_ibg_Free"] = "the runtime's own",
        };
        if (startup is not null)
        {
            owners[startup.NativeName] = "the runtime's own";
        }
        var seen = new HashSet<MethodBinding>(ReferenceEqualityComparer.Instance);
        foreach (var (owner, call) in classes.SelectMany(c => c.Calls.Select(call => (c, call))))
        {
            if (!seen.Add(call))
            {
                continue;
            }
            if (!owners.TryAdd(call.NativeName, Describe(call)))
            {
                diagnostics.Error(DiagnosticIds.DuplicateCsName, locate(owner.CppName),
                    $"the shim's entry point '{call.NativeName}' would be both {owners[call.NativeName]} and {Describe(call)}: %rename one of them (or its class)");
            }
        }
        return [.. owners.Keys];
    }

    /// <summary>Claims <paramref name="candidate"/>, or the first numbered name after it not taken yet.</summary>
    public static string Claim(ISet<string> taken, string candidate)
    {
        var name = candidate;
        for (var n = 1; !taken.Add(name); n++)
        {
            name = $"{candidate}_{n}";
        }
        return name;
    }

    private static string Describe(MethodBinding call) => $"'{call.DeclaringClass}::{call.CppName}' ({call.HostCsName}.{call.CsName})";
}
