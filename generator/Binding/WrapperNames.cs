namespace ItkBindGen.Binding;

/// <summary>
/// The names a wrapper declares besides its parameters' and its values' own, handed out by its name scope so none can
/// collide with a parameter: the object and error parameters of the import and of the shim entry point, and the
/// C# call scope.
/// </summary>
public sealed record WrapperNames(string CsSelf, string CsError, string CsCall, string CppSelf, string CppError);
