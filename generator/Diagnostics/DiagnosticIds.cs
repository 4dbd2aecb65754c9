namespace ItkBindGen.Diagnostics;

/// <summary>
/// The one registry of diagnostic numbers. Ranges by stage: 0xxx CLI/settings, 1xxx parsing/libclang,
/// 2xxx interface file, 3xxx binding/type maps, 4xxx templates/output. A number never changes meaning;
/// a retired number is never reused.
/// </summary>
public static class DiagnosticIds
{
    // 0xxx: command line and settings
    public static readonly DiagnosticId InputFileNotFound = new(1);
    public static readonly DiagnosticId UnsupportedInputFile = new(2);
    public static readonly DiagnosticId InvalidOptionValue = new(3);

    // 1xxx: parsing C++ with libclang

    // 2xxx: interface files

    // 3xxx: binding and type mapping

    // 4xxx: templates and output
}
