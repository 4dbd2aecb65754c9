namespace ItkBindGen.Binding.Resolution;

/// <summary>A wrapped class that is not reference counted: its proxy's C# name and the root of its wrapped hierarchy.</summary>
/// <param name="CsName">The proxy as this module's code names it.</param>
/// <param name="RootCppName">The topmost wrapped base (the class itself without one), whose address its proxies hold.</param>
/// <param name="CppSpelling">The class as the shim spells it (<see cref="Parsing.CppClass.CppSpelling"/>).</param>
/// <param name="RootCppSpelling">The root as the shim spells it.</param>
public sealed record ValueProxy(string CsName, string RootCppName, string CppSpelling, string RootCppSpelling);
