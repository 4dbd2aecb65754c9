namespace ItkBindGen.Binding;

/// <summary>How a C++ type crosses the boundary; each kind has one marshalling shape in the templates.</summary>
public enum TypeKind
{
    Void,
    Primitive,
    Bool,
    Enum,
    String,
    FixedArray,
    Object,
    PrimitiveVector,
}
