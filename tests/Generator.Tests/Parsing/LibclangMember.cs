using ItkBindGen.Diagnostics;

namespace ItkBindGen.Tests.Parsing;

/// <summary>A public member, as libclang lists it: its kind, name, the class that declares it and clang's display name.</summary>
public sealed record LibclangMember(LibclangMemberKind Kind, string Name, string DeclaringClass, string DisplayName, bool IsDeleted, SourceLocation Location)
{
    public override string ToString() => $"{Kind} {DeclaringClass}::{DisplayName}{(IsDeleted ? " = delete" : string.Empty)}";
}
