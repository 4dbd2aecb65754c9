using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Binding.Selection;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>SWIG's <c>%newobject</c>: the object a function returns by pointer is new, and its proxy owns it.</summary>
internal static class NewObjects
{
    public static ValueMarshaller Apply(BindingScope scope, string qualified, CppFunction function, ValueMarshaller returned) =>
        scope.Directives.IsNewObject(qualified, function) && returned is ProxyMarshaller proxy ? proxy.AsNewObject() : returned;
}
