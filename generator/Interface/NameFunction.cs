namespace ItkBindGen.Interface;

/// <summary>SWIG's name functions, <c>%rename("%(lowercamelcase)s")</c>: a new name computed from the C++ name.</summary>
public enum NameFunction
{
    LowerCase,
    UpperCase,
    Title,
    FirstLowerCase,
    FirstUpperCase,
    LowerCamelCase,
    UpperCamelCase,
    SnakeCase,

    /// <summary><c>%(strip:[prefix])s</c>: the name without a prefix.</summary>
    Strip,

    /// <summary><c>%(rstrip:[suffix])s</c>: the name without a suffix.</summary>
    RightStrip,

    /// <summary><c>%(regex:/pattern/replacement/)s</c>.</summary>
    Regex,
}
