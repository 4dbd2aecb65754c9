using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Binding.Resolution;
using ItkBindGen.Binding.Selection;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>
/// <c>operator[]</c> as a C# indexer: read through the const overload when there is one (a copy), else the non-const one;
/// written through a non-const overload that returns a reference to something C# can assign.
/// </summary>
internal sealed class IndexerBinder(BindingScope scope, SelectedClass selected, CallFactory calls, SkipList skips)
{
    private string Prefix => $"{scope.ModuleName}_{selected.CsName}";

    public IndexerBinding? Bind(List<(CppFunction Function, CppClass Declaring)> overloads, Func<string, string> receiver, HashSet<string> nativeNames)
    {
        var reader = overloads.FirstOrDefault(o => o.Function.IsConst);
        if (reader.Function is null)
        {
            reader = overloads[0];
        }
        var writer = overloads.FirstOrDefault(o => !o.Function.IsConst && o.Function.ReturnType.StripTypedefs() is CppReferenceType { IsRValue: false } r
            && !IsConst(r.Referenced));
        var index = scope.Marshallers.Parameter(reader.Function.Parameters[0].Type, reader.Function.Parameters[0].Name, selected.CppAlias, out var passing);
        var element = ElementType(reader.Function.ReturnType);
        var read = scope.Marshallers.Return(element);
        if (index.Marshaller is null || passing != Passing.In || read.Marshaller is null)
        {
            foreach (var (function, declaring) in overloads)
            {
                skips.Add(declaring, function, $"its {(index.Marshaller is null || passing != Passing.In ? $"index {index.Reason ?? "is not passed by value"}" : $"element {read.Reason}")}");
            }
            return null;
        }
        var indexName = ParameterName.Of(reader.Function.Parameters[0].Name.Length == 0 ? "index" : reader.Function.Parameters[0].Name);
        var selfType = Receiver.CppSelfType(selected);
        var getter = calls.Expression(reader.Declaring, "operator[]", "GetItem", EntryPoints.Claim(nativeNames, $"{Prefix}_ibg_GetItem"),
            (self, arguments) => Element(reader.Function, receiver(self), arguments[0]), read.Marshaller,
            [new MappedParameter(indexName, index.Marshaller, Passing.In, DefaultArgument.None)], isStatic: false, selfType) with { Access = MemberAccess.Private };
        MethodBinding? setter = null;
        if (writer.Function is not null
            && scope.Marshallers.Parameter(ElementType(writer.Function.ReturnType), "value", selected.CppAlias, out var valuePassing) is { Marshaller: { } marshaller }
            && valuePassing == Passing.In && marshaller.CsType.TrimEnd('?') == getter.Return.CsType.TrimEnd('?'))
        {
            // A pointer element is assigned, not dereferenced: it is written as it reads, null included.
            var written = marshaller is ProxyMarshaller proxy ? proxy.AcceptingNull() : marshaller;
            setter = calls.Expression(writer.Declaring, "operator[]", "SetItem", EntryPoints.Claim(nativeNames, $"{Prefix}_ibg_SetItem"),
                (self, arguments) => $"{Element(writer.Function, receiver(self), arguments[0])} = {arguments[1]}", VoidMarshaller.Instance,
                [new MappedParameter(indexName, index.Marshaller, Passing.In, DefaultArgument.None), CallFactory.In("value", written)],
                isStatic: false, selfType) with { Access = MemberAccess.Private };
        }
        return new IndexerBinding(getter.Return.CsType, getter, setter);
    }

    // The element the index names: the object's operator[], or an %extend operator[]'s helper, given the object first.
    private static string Element(CppFunction function, string self, string index) =>
        function.ExtensionHelper is { } helper ? $"{helper}({self}, {index})" : $"(*{self})[{index}]";

    // What the index gives, without the reference: the element is read as a value.
    private static CppType ElementType(CppType returned) => returned.StripTypedefs() is CppReferenceType reference
        ? MarshallerResolver.Unqualify(reference.Referenced, out _)
        : returned;

    private static bool IsConst(CppType type)
    {
        MarshallerResolver.Unqualify(type, out var isConst);
        return isConst;
    }
}
