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
    public static readonly DiagnosticId UnknownInterfaceDirective = new(2001);
    public static readonly DiagnosticId MalformedInterfaceDirective = new(2002);
    public static readonly DiagnosticId UnterminatedInterfaceText = new(2003);
    public static readonly DiagnosticId DuplicateModule = new(2004);
    public static readonly DiagnosticId DuplicateTemplateName = new(2005);
    public static readonly DiagnosticId DeclarationInInterfaceFile = new(2006);
    public static readonly DiagnosticId PreprocessorLineInInterfaceFile = new(2007);
    public static readonly DiagnosticId InterfaceIncludeNotFound = new(2008);
    public static readonly DiagnosticId InterfaceIncludeCycle = new(2009);
    public static readonly DiagnosticId InvalidInterfaceName = new(2010);
    public static readonly DiagnosticId UnreadableInterfaceFile = new(2011);

    // 3xxx: binding and type mapping

    // 4xxx: templates and output
}
