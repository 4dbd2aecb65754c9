using System.Security;
using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Binding.Resolution;
using ItkBindGen.Binding.Selection;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>
/// The proxy of a <c>%template(Name) std::vector&lt;T&gt;</c>, as SWIG's C# <c>std_vector.i</c> gives one: a C# list
/// owning a native vector. Its members are a curated set of calls on <c>ibg::vector</c> (ItkBindGenVector.h), not the
/// members libclang lists (iterators, allocators, <c>size_type</c>), which have no C# meaning; the class itself, its
/// copies and its use as a parameter or result are the ordinary value-class path.
/// </summary>
internal sealed class VectorBinder(BindingScope scope, SelectedClass selected, DiagnosticBag diagnostics)
{
    private static readonly PrimitiveMarshaller Int = new("int", "std::int32_t");

    private string Prefix => $"{scope.ModuleName}_{selected.CsName}";

    /// <summary>Whether <paramref name="cpp"/> is an instantiation of <c>std::vector</c>.</summary>
    public static bool Is(CppClass cpp) => cpp.TemplateName is "std::vector" && cpp.TemplateArguments.Count > 0;

    public ClassBinding Bind()
    {
        var cpp = selected.Cpp;
        var csName = selected.CsName;
        var calls = new CallFactory(scope, csName);
        var runtime = new RuntimeMembers(scope, cpp, csName, selected.CppAlias, calls);
        var value = scope.ValueClasses[cpp.FullName];
        var self = new ProxyMarshaller(csName, value.CppSpelling, value.RootCppSpelling, ProxyOwnership.OwnedCopy, byPointer: false, scope.NativeClass);
        var escaped = SecurityElement.Escape(cpp.FullName);
        var handle = new ClassBinding
        {
            CppName = cpp.FullName,
            CsName = csName,
            Kind = selected.Kind,
            Methods = [],
            Properties = [],
            CppAlias = selected.CppAlias,
            CppSpelling = cpp.CppSpelling,
            Release = runtime.Release(),
            Constructors =
            [
                new ConstructorBinding(Factory(calls, csName, []), ConstructorBinding.DefaultDocumentation(cpp.FullName)),
                new ConstructorBinding(Factory(calls, csName, [CallFactory.In("other", self)]),
                    [$"<summary>Creates a new native <c>{escaped}</c> holding a copy of <paramref name=\"other\"/>'s elements.</summary>"]),
            ],
        };
        if (Element(cpp) is not var (item, parameter))
        {
            // SWIG's way with what it cannot map: an opaque handle, made, copied and passed to and from C++.
            return handle with
            {
                Documentation = [$"<summary>An opaque handle on a native <c>{escaped}</c>, which this object owns: its elements have no C# list mapping.</summary>"],
            };
        }
        var receiver = Receiver.Of(scope, selected);

        // One private call on the vector: ibg::vector::function(*vector, arguments...).
        MethodBinding Call(string name, string function, ValueMarshaller result, IReadOnlyList<MappedParameter> parameters, bool keepsLock) =>
            calls.Expression(cpp, name, "Native" + name, $"{Prefix}_ibg_{name}",
                (me, arguments) => $"ibg::vector::{function}({string.Join(", ", arguments.Prepend("*" + receiver(me)))})",
                result, parameters, isStatic: false, CallFactory.ValueSelf) with
            {
                Access = MemberAccess.Private,
                // Short accessors keep the lock as a field's do; anything that copies, searches or allocates follows the module's rule.
                Lock = keepsLock ? calls.Policy(cpp, name, trivialAccessor: true) : calls.Policy(cpp, name),
                AccessorMacro = keepsLock ? TrivialAccessors.Field : null,
            };
        var index = CallFactory.In("index", Int);
        var element = CallFactory.In("value", parameter);
        var get = Call("Get", "get", item, [index], keepsLock: true);
        var vector = new VectorBinding
        {
            CppName = cpp.FullName,
            // A pointer may be null in C++: the element type is then nullable, and the native call's parameter is not.
            CsElementType = get.Return.CsType,
            CsPassElement = get.Return.CsType.EndsWith('?') ? "value!" : "value",
            Count = Call("Count", "count", Int, [], keepsLock: true),
            Capacity = Call("Capacity", "capacity", Int, [], keepsLock: true),
            Reserve = Call("Reserve", "reserve", VoidMarshaller.Instance, [CallFactory.In("capacity", Int)], keepsLock: false),
            Get = get,
            Set = Call("Set", "set", VoidMarshaller.Instance, [index, element], keepsLock: true),
            Add = Call("Add", "add", VoidMarshaller.Instance, [element], keepsLock: false),
            Insert = Call("Insert", "insert", VoidMarshaller.Instance, [index, element], keepsLock: false),
            RemoveAt = Call("RemoveAt", "remove_at", VoidMarshaller.Instance, [index], keepsLock: false),
            RemoveRange = Call("RemoveRange", "remove_range", VoidMarshaller.Instance, [index, CallFactory.In("count", Int)], keepsLock: false),
            Clear = Call("Clear", "clear", VoidMarshaller.Instance, [], keepsLock: false),
            IndexOf = Call("IndexOf", "index_of", Int, [element], keepsLock: false),
        };
        return handle with
        {
            Methods = vector.Calls.ToList(),
            Vector = vector,
            Documentation = [$"<summary>A list over a native <c>{escaped}</c>, which this object owns; elements are copied in and out.</summary>"],
        };
    }

    // The private static call that makes a new vector for a C# constructor.
    private MethodBinding Factory(CallFactory calls, string csName, IReadOnlyList<MappedParameter> parameters) =>
        calls.Runtime(selected.Cpp, "New", parameters.Count == 0 ? Prefix + "_New" : Prefix + "_New_1", _ => $"new {selected.CppAlias}", null,
            FactoryMarshaller.ValueClass(csName), parameters, calls.Policy(selected.Cpp, "New"), isStatic: true) with
        {
            CsName = "CreateNative",
            Access = MemberAccess.Private,
        };

    /// <summary>
    /// The element's marshallers (out of the vector, into it) when C# can hold it in a list: a number, <c>bool</c>, an enum,
    /// <c>std::string</c>, a wrapped class by value (copied) or a pointer to one (not owned); else a warning at the
    /// %template, and the class is an opaque handle.
    /// </summary>
    private (ValueMarshaller Item, ValueMarshaller Parameter)? Element(CppClass cpp)
    {
        var type = cpp.TemplateArguments[0].Type;
        var pointer = type?.StripTypedefs() is CppPointerType;
        var item = type is null ? default : scope.Marshallers.Return(type);
        var parameter = type is null ? default : scope.Marshallers.Parameter(type, "value", cpp.FullName, out _);
        var fits = (item.Marshaller, parameter.Marshaller) switch
        {
            (PrimitiveMarshaller or BoolMarshaller or EnumMarshaller or StringMarshaller, not null) => !pointer,
            (ProxyMarshaller { Ownership: ProxyOwnership.OwnedCopy }, ProxyMarshaller) => !pointer,
            (ProxyMarshaller { Ownership: ProxyOwnership.Borrowed or ProxyOwnership.SharedPointer }, ProxyMarshaller) => pointer,
            _ => false,
        };
        if (fits)
        {
            return (item.Marshaller!, parameter.Marshaller!);
        }
        var spelling = type?.CanonicalSpelling ?? cpp.TemplateArguments[0].Value ?? "?";
        // A raw pointer's reason speaks of %apply arrays, which mean nothing for an element.
        var why = pointer && item.MissingClass is null ? null : item.Reason ?? parameter.Reason;
        diagnostics.Warning(DiagnosticIds.FeatureNotSupported, selected.Location,
            $"%template({selected.CsName}) {cpp.FullName}: a vector of '{spelling}' cannot be a C# collection{(why is null ? string.Empty : $" ({why})")}, " +
            $"so {selected.CsName} is an opaque handle (made, copied and passed to and from C++; its elements not reachable); " +
            "a list's elements can be numbers, bool, enums, std::string, a wrapped class by value or a pointer to one: wrap the element's class first " +
            "(%template or %include), or remove the %template (a vector of numbers, strings or wrapped objects then crosses as a C# array)");
        return null;
    }
}
