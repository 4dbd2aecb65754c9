namespace ItkBindGen.Binding.Directives;

/// <summary>
/// SWIG's switches for the members C++ gives a class implicitly, as the directives decide them for one class
/// (<c>%nodefaultctor</c>, <c>%nodefaultdtor</c>, <c>%nodefault</c>, <c>%copyctor</c> and their opposites).
/// </summary>
/// <param name="NoDefaultConstructor">No C# constructor for the implicit default constructor (a declared one is still wrapped).</param>
/// <param name="NoDefaultDestructor">The proxy never deletes an object of a class without a declared destructor.</param>
/// <param name="CopyConstructor">The implicit copy constructor is wrapped too, as a C# constructor taking the proxy.</param>
public sealed record ClassSwitches(bool NoDefaultConstructor, bool NoDefaultDestructor, bool CopyConstructor)
{
    public static readonly ClassSwitches None = new(false, false, false);
}
