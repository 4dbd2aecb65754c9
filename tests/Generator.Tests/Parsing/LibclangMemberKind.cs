namespace ItkBindGen.Tests.Parsing;

/// <summary>The kind of a public class member as libclang's cursor shows it.</summary>
public enum LibclangMemberKind
{
    Method,
    StaticMethod,
    Constructor,
    Destructor,
    Conversion,
    Operator,
    FunctionTemplate,
    Field,
    StaticField,
    Enum,
    Typedef,
    Class,
    UsingDeclaration,
}
