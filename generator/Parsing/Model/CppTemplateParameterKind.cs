namespace ItkBindGen.Parsing;

public enum CppTemplateParameterKind
{
    Type,
    NonType,
    Template,
}
