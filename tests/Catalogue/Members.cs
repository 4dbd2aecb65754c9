using System.Reflection;

namespace CatalogueTests;

/// <summary>A value that depends on the pixel type of the parameter it goes to: as Pick in reference_parameters.h.</summary>
internal readonly record struct Choice(double Real, double Integer);

/// <summary>
/// Calls a proxy's member by name, converting the arguments to the parameter types the way the C++ reference program's
/// static_casts do (a double to an integer parameter truncates), so both sides pass the same values.
/// </summary>
internal static class Members
{
    /// <summary>Calls the overload whose parameters the arguments convert to; throws if the proxy has none.</summary>
    public static object? Call(object target, string name, params object[] args)
    {
        var flags = BindingFlags.Public | (target is Type ? BindingFlags.Static : BindingFlags.Instance);
        var type = target as Type ?? target.GetType();
        foreach (var method in type.GetMethods(flags).Where(m => m.Name == name && m.GetParameters().Length == args.Length))
        {
            var parameters = method.GetParameters();
            var converted = new object?[args.Length];
            var all = true;
            for (var i = 0; i < args.Length && all; i++)
            {
                all = TryConvert(args[i], parameters[i].ParameterType, out converted[i]);
            }
            if (all)
            {
                return method.Invoke(target is Type ? null : target, converted);
            }
        }
        throw new MissingMethodException($"{type.Name} has no {name} taking ({string.Join(", ", args.Select(a => a.GetType().Name))}), which the catalogue's parameters for it use");
    }

    private static bool TryConvert(object arg, Type parameter, out object? value)
    {
        value = null;
        switch (arg)
        {
            case double or Choice when IsNumber(parameter):
                value = Cast(arg, parameter);
                return true;
            case Array array when parameter.IsArray && array.GetType().GetElementType() is { } element
                && (element == typeof(double) || element == typeof(Choice)) && IsNumber(parameter.GetElementType()!):
                var result = Array.CreateInstance(parameter.GetElementType()!, array.Length);
                for (var i = 0; i < array.Length; i++)
                {
                    result.SetValue(Cast(array.GetValue(i)!, parameter.GetElementType()!), i);
                }
                value = result;
                return true;
            default:
                value = arg;
                return parameter.IsInstanceOfType(arg) && !(arg is double && parameter != typeof(double));
        }
    }

    private static bool IsNumber(Type type) => type.IsPrimitive && type != typeof(bool) && type != typeof(char) && type != typeof(IntPtr);

    // C's conversion of a double: to nearest for float, toward zero for integers (each arm boxed as its own type).
    private static object Cast(object arg, Type type)
    {
        var integer = type != typeof(float) && type != typeof(double);
        var d = arg is Choice choice ? (integer ? choice.Integer : choice.Real) : (double)arg;
        return Type.GetTypeCode(type) switch
        {
            TypeCode.Single => (object)(float)d,
            TypeCode.Double => d,
            TypeCode.Byte => (byte)d,
            TypeCode.SByte => (sbyte)d,
            TypeCode.Int16 => (short)d,
            TypeCode.UInt16 => (ushort)d,
            TypeCode.Int32 => (int)d,
            TypeCode.UInt32 => (uint)d,
            TypeCode.Int64 => (long)d,
            TypeCode.UInt64 => (ulong)d,
            _ => throw new ArgumentException($"no conversion of a number to {type.Name}"),
        };
    }
}
