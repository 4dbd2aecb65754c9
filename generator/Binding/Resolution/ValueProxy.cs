namespace ItkBindGen.Binding.Resolution;

/// <summary>A wrapped class that is not reference counted: its proxy's C# name and the root of its wrapped hierarchy.</summary>
/// <param name="CsName">The proxy as this module's code names it.</param>
/// <param name="RootCppName">The topmost wrapped base (the class itself without one), whose address its proxies hold.</param>
public sealed record ValueProxy(string CsName, string RootCppName);
