using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>Maps a C++ function's result and parameters to their marshallers; what cannot be mapped is a skip with its reason.</summary>
internal sealed class SignatureMapper(TypeMapper types, SkipList skips)
{
    // scope: The C++ name lengths of %apply arrays are evaluated in: the class alias of the shim, or empty.
    public bool TryMap(CppClass? declaring, CppFunction function, string scope, out ValueMarshaller returnType, out List<ParameterBinding> parameters)
    {
        parameters = [];
        returnType = types.MapReturn(function.ReturnType, out var reason)!;
        if (returnType is null)
        {
            skips.Add(declaring, function, $"return type {reason}");
            return false;
        }
        if (function.Flags.HasFlag(CppFunctionFlags.Variadic))
        {
            skips.Add(declaring, function, "variadic functions are not wrapped");
            return false;
        }
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < function.Parameters.Count; i++)
        {
            var parameter = function.Parameters[i];
            var name = Identifiers.Parameter(parameter.Name, i, used);
            if (types.MapParameter(parameter.Type, parameter.Name, name, scope, out var marshaller, out reason) is not { } crossing)
            {
                skips.Add(declaring, function, $"parameter {i + 1} {reason}");
                return false;
            }
            var defaultValue = parameter.DefaultValue is null ? null : marshaller!.DefaultValue(parameter.DefaultValue);
            parameters.Add(new ParameterBinding(name, marshaller!, crossing, defaultValue));
        }
        return true;
    }

    /// <summary>
    /// C# optional parameters where the default is a C# constant; where it is not, one overload per
    /// cut point, so every call C++ allows stays possible.
    /// </summary>
    public static IEnumerable<IReadOnlyList<ParameterBinding>> DefaultArgumentVariants(List<ParameterBinding> parameters)
    {
        for (var cut = 0; cut <= parameters.Count; cut++)
        {
            if (cut < parameters.Count && parameters[cut].DefaultValue != DefaultValues.NotRepresentable)
            {
                continue;
            }
            var head = parameters.Take(cut).ToList();
            // Only a trailing run of representable defaults can stay optional in C#.
            var optionalFrom = head.Count;
            while (optionalFrom > 0 && head[optionalFrom - 1].DefaultValue is { } value && value != DefaultValues.NotRepresentable)
            {
                optionalFrom--;
            }
            yield return head.Select((p, i) => i >= optionalFrom ? p : p with { DefaultValue = null }).ToList();
        }
    }

    /// <summary>A shim entry point name not used yet in <paramref name="used"/>: the candidate, else numbered.</summary>
    public static string UniqueNativeName(HashSet<string> used, string candidate)
    {
        var name = candidate;
        for (var n = 1; !used.Add(name); n++)
        {
            name = $"{candidate}_{n}";
        }
        return name;
    }
}
