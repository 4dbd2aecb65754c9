using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItkBindGen.Parsing.Json;

// A plain view of the model for `inspect --json`; serialized by a source-generated context (no reflection).

internal sealed record CompilationJson(List<NamespaceJson> Namespaces, List<InstantiationJson> Instantiations, List<string> InputFiles, double ParseMilliseconds);

internal sealed record NamespaceJson(string FullName, List<ClassJson> Classes, List<FunctionJson> Functions, List<EnumJson> Enums, List<TypedefJson> Typedefs, List<ClassJson> Specializations, List<FieldJson> Variables);

internal sealed record InstantiationJson(string Requested, ClassJson Class, List<FunctionJson> AllPublicFunctions);

internal sealed record ClassJson(
    string Kind, string Name, string FullName, string? TemplateName, List<string> TemplateParameters, List<string> TemplateArguments,
    List<BaseJson> Bases, List<FunctionJson> Constructors, List<FunctionJson> Destructors, List<FunctionJson> Functions,
    List<FieldJson> Fields, List<EnumJson> Enums, List<TypedefJson> Typedefs, List<ClassJson> Classes,
    bool IsAbstract, bool HasPublicConstructor, bool HasPublicDestructor, string Location, string? Comment,
    string SpecializationKind, List<string> FunctionTemplates, List<ClassJson> Specializations);

internal sealed record BaseJson(string Access, bool IsVirtual, string Type);

internal sealed record FunctionJson(
    string Name, string ReturnType, List<ParameterJson> Parameters, List<string> Flags, string Signature,
    string? DeclaringClass, string? Macro, string Location, string? Comment);

internal sealed record ParameterJson(string Name, string Type, string Spelling, string? DefaultValue);

internal sealed record FieldJson(string Name, string Type, bool IsStatic);

internal sealed record EnumJson(string Name, string FullName, bool IsScoped, string IntegerType, List<EnumItemJson> Items);

internal sealed record EnumItemJson(string Name, long Value);

internal sealed record TypedefJson(string Name, string FullName, string Type, string Spelling);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CompilationJson))]
internal sealed partial class CppModelJsonContext : JsonSerializerContext;

/// <summary>Maps the model to the JSON view.</summary>
internal static class CppModelJson
{
    public static string Serialize(CppCompilation compilation) =>
        JsonSerializer.Serialize(ToJson(compilation), CppModelJsonContext.Default.CompilationJson);

    public static CompilationJson ToJson(CppCompilation compilation)
    {
        var namespaces = new List<NamespaceJson>();
        void Walk(CppNamespace ns)
        {
            if (ns.Classes.Count + ns.Functions.Count + ns.Enums.Count + ns.Typedefs.Count + ns.Specializations.Count + ns.Variables.Count > 0)
            {
                namespaces.Add(new NamespaceJson(ns.FullName, [.. ns.Classes.Select(Class)], [.. ns.Functions.Select(Function)], [.. ns.Enums.Select(ToEnum)],
                    [.. ns.Typedefs.Select(Typedef)], [.. ns.Specializations.Select(Class)], [.. ns.Variables.Select(Field)]));
            }
            ns.Namespaces.ForEach(Walk);
        }
        Walk(compilation.GlobalNamespace);
        var instantiations = compilation.RequestedInstantiations.Select(c => new InstantiationJson(
            compilation.Instantiations.FirstOrDefault(p => p.Value == c && p.Key != c.FullName).Key ?? c.FullName,
            Class(c),
            [.. c.GetAllPublicFunctions().Select(m => Function(m.Function))])).ToList();
        return new CompilationJson(namespaces, instantiations, compilation.InputFiles, compilation.ParseTime.TotalMilliseconds);
    }

    private static ClassJson Class(CppClass c) => new(
        c.ClassKind.ToString().ToLowerInvariant(), c.Name, c.FullName, c.TemplateName,
        [.. c.TemplateParameters.Select(p => p.ToString())], [.. c.TemplateArguments.Select(a => a.ToString())],
        [.. c.BaseTypes.Select(b => new BaseJson(b.Access.ToString().ToLowerInvariant(), b.IsVirtual, b.Type.CanonicalSpelling))],
        [.. c.Constructors.Select(Function)], [.. c.Destructors.Select(Function)], [.. c.Functions.Select(Function)],
        [.. c.Fields.Select(Field)],
        [.. c.Enums.Select(ToEnum)], [.. c.Typedefs.Select(Typedef)], [.. c.Classes.Select(Class)],
        c.IsAbstract, c.HasPublicConstructor, c.HasPublicDestructor, c.Location.ToString(), c.Comment,
        c.SpecializationKind.ToString(), [.. c.FunctionTemplates.Select(f => f.ToString())], [.. c.Specializations.Select(Class)]);

    private static FunctionJson Function(CppFunction f) => new(
        f.Name, f.ReturnType.CanonicalSpelling,
        [.. f.Parameters.Select(p => new ParameterJson(p.Name, p.Type.CanonicalSpelling, p.Type.Spelling, p.DefaultValue))],
        [.. Enum.GetValues<CppFunctionFlags>().Where(flag => flag != CppFunctionFlags.None && f.Flags.HasFlag(flag)).Select(flag => flag.ToString())],
        f.Signature, f.DeclaringClassName, f.Macro, f.Location.ToString(), f.Comment);

    private static EnumJson ToEnum(CppEnum e) =>
        new(e.Name, e.FullName, e.IsScoped, e.IntegerType.CanonicalSpelling, [.. e.Items.Select(i => new EnumItemJson(i.Name, i.Value))]);

    private static FieldJson Field(CppField f) => new(f.Name, f.Type.CanonicalSpelling, f.IsStatic);

    private static TypedefJson Typedef(CppTypedef t) => new(t.Name, t.FullName, t.Type.CanonicalSpelling, t.Type.Spelling);
}
