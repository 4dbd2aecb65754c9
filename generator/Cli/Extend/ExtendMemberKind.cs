namespace ItkBindGen.Cli.Extend;

/// <summary>What a member of an <c>%extend</c> body is, which decides the free helper the shim defines for it.</summary>
internal enum ExtendMemberKind
{
    Method,
    StaticMethod,
    Constructor,
    Destructor,
}
