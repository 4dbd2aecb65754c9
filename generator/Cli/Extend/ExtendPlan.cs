using ItkBindGen.Interface;

namespace ItkBindGen.Cli.Extend;

/// <summary>
/// One <c>%extend</c> directive made into helpers: <paramref name="Anchor"/> is a declaration taking the class by pointer,
/// whose parameter type libclang resolves (a typedef, a namespace the directive stood in, an instantiation) to the class
/// the members are added to.
/// </summary>
internal sealed record ExtendPlan(ExtendDirective Directive, string SelfType, string Anchor, IReadOnlyList<ExtendMember> Members);
