namespace ItkBindGen.Binding;

/// <summary>
/// The ITK macros whose members only store or return a field (a set may also call <c>Modified()</c>, which raises
/// <c>ModifiedEvent</c> on the calling thread). Under <c>-threads</c> their calls hold the binding lock: giving the
/// lock up and taking it back costs more than the call, and the call never waits for anything.
/// </summary>
/// <remarks>
/// The macros that create or replace objects (<c>itkSetObjectMacro</c>, the input and decorator macros) are not here:
/// replacing an object may destroy the last reference to a large one, and those calls keep the global rule.
/// A member a subclass overrides by hand is declared by that subclass without a macro, so it keeps the global rule too.
/// </remarks>
public static class TrivialAccessors
{
    private static readonly HashSet<string> Macros = new(StringComparer.Ordinal)
    {
        "itkSetMacro", "itkGetMacro", "itkGetConstMacro", "itkGetConstReferenceMacro", "itkSetClampMacro",
        "itkBooleanMacro", "itkSetEnumMacro", "itkGetEnumMacro", "itkSetStringMacro", "itkGetStringMacro",
        "itkSetVectorMacro", "itkGetVectorMacro", "itkGetObjectMacro", "itkGetConstObjectMacro",
        "itkGetModifiableObjectMacro", "itkGetConstReferenceObjectMacro",
    };

    /// <summary>What marks the accessors of a public field (and an indexer's element), which are trivial too.</summary>
    public const string Field = "field";

    /// <summary>Whether <paramref name="macro"/>, the macro that declared a member, makes trivial accessors.</summary>
    /// <param name="macro">The outermost macro whose expansion declared the member, or null.</param>
    public static bool IsTrivial(string? macro) => macro is not null && Macros.Contains(macro);
}
