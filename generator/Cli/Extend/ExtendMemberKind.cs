namespace ItkBindGen.Cli.Extend;

/// <summary>What a member of an <c>%extend</c> body is, which decides the free helper the shim defines for it.</summary>
internal enum ExtendMemberKind
{
    Method,
    StaticMethod,
    Constructor,
    Destructor,

    /// <summary>A member variable: read and written through SWIG's <c>Class_name_get</c>/<c>_set</c> functions, or a static constant's value.</summary>
    Variable,
}
