namespace ItkBindGen.Parsing;

public sealed partial class CppClass
{
    /// <summary>
    /// Every public method callable on this class, its own first, then each base's in declaration order, as C++
    /// name lookup sees them: a method declared here hides every base method of the same name (all overloads)
    /// unless a using-declaration brings the name in; overriders replace what they override. Constructors,
    /// destructors and deleted methods are not listed. Bases that were not resolved (<see cref="CppBaseType.Class"/>
    /// null) contribute nothing.
    /// </summary>
    public IReadOnlyList<CppMemberFunction> GetAllPublicFunctions()
    {
        var result = new List<CppMemberFunction>();
        var ownNames = new HashSet<string>(StringComparer.Ordinal);
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var function in Functions)
        {
            ownNames.Add(function.Name);
            if (function.IsDeleted)
            {
                continue;
            }
            signatures.Add(function.Signature);
            result.Add(new CppMemberFunction(function, this));
        }
        var usingNames = new HashSet<string>(UsingDeclarations, StringComparer.Ordinal);
        foreach (var baseType in BaseTypes)
        {
            if (baseType.Class is null || baseType.Access != CppAccess.Public)
            {
                continue;
            }
            foreach (var inherited in baseType.Class.GetAllPublicFunctions())
            {
                var name = inherited.Function.Name;
                if (ownNames.Contains(name) && !usingNames.Contains(name))
                {
                    continue;
                }
                // An overload reached twice (two base paths, or redeclared next to a using-declaration) is listed once.
                if (signatures.Add(inherited.Function.Signature))
                {
                    result.Add(inherited);
                }
            }
        }
        return result;
    }

    /// <summary>
    /// Every virtual member function a C++ subclass of this class could override, public and protected, most derived
    /// first: an override replaces what it overrides (same signature), so each appears once with its nearest declaration.
    /// </summary>
    public IReadOnlyList<CppMemberFunction> GetAllVirtualFunctions()
    {
        var result = new List<CppMemberFunction>();
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        Collect(this);
        return result;

        void Collect(CppClass cls)
        {
            foreach (var function in cls.Functions.Where(f => f.IsVirtual && !f.IsDeleted).Concat(cls.ProtectedVirtuals))
            {
                if (signatures.Add(function.Signature))
                {
                    result.Add(new CppMemberFunction(function, cls));
                }
            }
            foreach (var baseType in cls.BaseTypes)
            {
                if (baseType.Class is not null && baseType.Access == CppAccess.Public)
                {
                    Collect(baseType.Class);
                }
            }
        }
    }
}
