namespace ItkBindGen.Interface;

/// <summary>SWIG's per-class switches for the members C++ gives a class implicitly.</summary>
public enum ClassFeature
{
    /// <summary><c>%nodefaultctor</c> / <c>%defaultctor</c>: wrap an implicit default constructor or not.</summary>
    NoDefaultConstructor,

    /// <summary><c>%nodefaultdtor</c> / <c>%defaultdtor</c>: wrap an implicit destructor or not.</summary>
    NoDefaultDestructor,

    /// <summary><c>%copyctor</c> / <c>%nocopyctor</c>: wrap the copy constructor (SWIG names it like other constructors).</summary>
    CopyConstructor,

    /// <summary><c>%nodefault</c> / <c>%default</c>: both implicit constructor and destructor.</summary>
    NoDefault,
}
