namespace ItkBindGen.Interface;

/// <summary>SWIG's name functions, <c>%rename("%(lowercamelcase)s")</c>: a new name computed from the C++ name.</summary>
public enum NameFunction
{
    /// <summary><c>%s</c>: the name as it is (with text around it, <c>"%s_void"</c>, or alone to undo a wider <c>$ignore</c>).</summary>
    Same,

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
