namespace ItkBindGen.Binding.Directives;

/// <summary>What a declaration is, as SWIG's rename filters (<c>%$isclass</c>, <c>%$isfunction</c>, ...) ask it.</summary>
public enum DeclarationKind
{
    Class,
    Enum,
    EnumItem,

    /// <summary>A free function or a method (SWIG's <c>kind="function"</c>); constructors are apart.</summary>
    Function,
    Constructor,

    /// <summary>A field, a static member variable or a global variable (SWIG's <c>kind="variable"</c>).</summary>
    Variable,

    /// <summary>A <c>%constant</c> or a constant macro (SWIG's <c>nodeType="constant"</c>).</summary>
    Constant,
}
