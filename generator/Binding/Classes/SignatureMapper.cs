using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Binding.Resolution;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>Maps a C++ function's result and parameters to their marshallers; what cannot be mapped is a skip with its reason.</summary>
internal sealed class SignatureMapper(MarshallerResolver marshallers, SkipList skips)
{
    // ITK's Set macros name their parameter _arg: the C# parameter reads as a property setter's.
    private const string MacroArgument = "_arg";

    // scope: The C++ name lengths of %apply arrays are evaluated in: the class alias of the shim, or empty.
    public bool TryMap(CppClass? declaring, CppFunction function, string scope, out ValueMarshaller returnType, out List<MappedParameter> parameters)
    {
        parameters = [];
        var returned = marshallers.Return(function.ReturnType);
        returnType = returned.Marshaller!;
        if (returned.Marshaller is null)
        {
            skips.Add(declaring, function, $"return type {returned.Reason}", needsClass: returned.MissingClass);
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
            var resolution = marshallers.Parameter(parameter.Type, parameter.Name, scope, out var passing);
            if (resolution.Marshaller is not { } marshaller)
            {
                skips.Add(declaring, function, $"parameter {i + 1} {resolution.Reason}", needsClass: resolution.MissingClass);
                return false;
            }
            var defaultValue = parameter.DefaultValue is null ? DefaultArgument.None : marshaller.DefaultValue(parameter.DefaultValue);
            parameters.Add(new MappedParameter(ParameterName.Of(Name(parameter.Name, i, used)), marshaller, passing, defaultValue));
        }
        return true;
    }

    /// <summary>A parameter's C# name: its C++ name (or argN), unique in the signature, a keyword escaped.</summary>
    private static string Name(string cppName, int index, HashSet<string> used)
    {
        var name = cppName.Length == 0 ? $"arg{index}" : cppName == MacroArgument ? "value" : cppName;
        while (!used.Add(name))
        {
            name += "_";
        }
        return Interface.CSharpNames.IsKeyword(name) ? "@" + name : name;
    }

    /// <summary>
    /// C# optional parameters where the default is a C# constant; where it is not, one overload per
    /// cut point, so every call C++ allows stays possible.
    /// </summary>
    public static IEnumerable<IReadOnlyList<MappedParameter>> DefaultArgumentVariants(List<MappedParameter> parameters)
    {
        for (var cut = 0; cut <= parameters.Count; cut++)
        {
            if (cut < parameters.Count && parameters[cut].Default != DefaultArgument.NotRepresentable)
            {
                continue;
            }
            var head = parameters.Take(cut).ToList();
            // Only a trailing run of representable defaults can stay optional in C#.
            var optionalFrom = head.Count;
            while (optionalFrom > 0 && head[optionalFrom - 1].Default.CsText is not null)
            {
                optionalFrom--;
            }
            yield return head.Select((p, i) => i >= optionalFrom ? p : p with { Default = DefaultArgument.None }).ToList();
        }
    }

    /// <summary>
    /// The defaults the shim passes for the parameters a call with <paramref name="passed"/> arguments leaves out: those of
    /// a function declared in the interface file, whose defaults the C++ the shim compiles need not declare (SWIG's
    /// wrapper passes them so too); none otherwise, C++ supplying its own.
    /// </summary>
    public static IReadOnlyList<string> ExplicitDefaults(CppFunction function, int passed) =>
        function.IsInterfaceDeclaration && passed < function.Parameters.Count && function.Parameters.Skip(passed).All(p => p.DefaultValue is not null)
            ? function.Parameters.Skip(passed).Select(p => p.DefaultValue!).ToList()
            : [];
}
