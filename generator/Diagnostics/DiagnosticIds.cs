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
    public static readonly DiagnosticId ModuleNameRequired = new(4);
    public static readonly DiagnosticId IncludeDirectoryNotFound = new(5);
    public static readonly DiagnosticId GenerationFailed = new(6);
    public static readonly DiagnosticId InternalError = new(7);
    public static readonly DiagnosticId InstantiationListInvalid = new(8);

    // 1xxx: parsing C++ with libclang
    public static readonly DiagnosticId LibclangNotFound = new(1001);
    public static readonly DiagnosticId ClangResourceDirNotFound = new(1002);
    public static readonly DiagnosticId ParseFailed = new(1003);
    public static readonly DiagnosticId ClangError = new(1004);
    public static readonly DiagnosticId ClangWarning = new(1005);
    public static readonly DiagnosticId HeaderNotFound = new(1006);
    public static readonly DiagnosticId NotASpecialization = new(1007);
    public static readonly DiagnosticId InstantiationFailed = new(1008);
    public static readonly DiagnosticId LibclangTooOld = new(1009);
    public static readonly DiagnosticId MemberTemplateNotFound = new(1010);
    public static readonly DiagnosticId MemberTemplateFailed = new(1011);

    // 2xxx: interface files
    public static readonly DiagnosticId UnknownInterfaceDirective = new(2001);
    public static readonly DiagnosticId MalformedInterfaceDirective = new(2002);
    public static readonly DiagnosticId UnterminatedInterfaceText = new(2003);
    public static readonly DiagnosticId DuplicateModule = new(2004);
    public static readonly DiagnosticId DuplicateTemplateName = new(2005);
    // 2006: retired; C++ declarations in an interface file are wrapped now (malformed ones are IBG2022).
    // 2007: retired; interface files are preprocessed now (bad preprocessor lines are IBG2013).
    public static readonly DiagnosticId InterfaceIncludeNotFound = new(2008);
    public static readonly DiagnosticId InterfaceIncludeCycle = new(2009);
    public static readonly DiagnosticId InvalidInterfaceName = new(2010);
    public static readonly DiagnosticId UnreadableInterfaceFile = new(2011);
    public static readonly DiagnosticId DuplicateTemplateType = new(2012);
    public static readonly DiagnosticId MalformedPreprocessorLine = new(2013);
    public static readonly DiagnosticId ErrorDirective = new(2014);
    public static readonly DiagnosticId WarningDirective = new(2015);
    public static readonly DiagnosticId MacroExpansionFailed = new(2016);
    public static readonly DiagnosticId UnsupportedDirective = new(2017);
    public static readonly DiagnosticId DirectiveNotApplied = new(2018);
    public static readonly DiagnosticId IncludeLineIgnored = new(2019);
    public static readonly DiagnosticId UnsupportedModuleOption = new(2020);
    public static readonly DiagnosticId LibraryFileNotProvided = new(2021);
    public static readonly DiagnosticId MalformedDeclaration = new(2022);

    // 3xxx: binding and type mapping
    public static readonly DiagnosticId MemberNotWrapped = new(3001);
    public static readonly DiagnosticId TemplateInstantiationMissing = new(3002);
    public static readonly DiagnosticId DuplicateCsName = new(3003);
    public static readonly DiagnosticId ClassNotWrapped = new(3004);
    public static readonly DiagnosticId DirectiveMatchesNothing = new(3005);
    // 3006: retired; a missing module name is IBG0004 ModuleNameRequired wherever it is found.
    public static readonly DiagnosticId TemplateWrappedByImport = new(3007);
    public static readonly DiagnosticId FeatureNotSupported = new(3008);
    public static readonly DiagnosticId NotOverridable = new(3009);
    public static readonly DiagnosticId NeededClassNotWrapped = new(3010);
    public static readonly DiagnosticId NotWrappedByDesign = new(3011);

    // 4xxx: templates and output
    public static readonly DiagnosticId TemplateNotFound = new(4001);
    public static readonly DiagnosticId TemplateSyntax = new(4002);
    public static readonly DiagnosticId TemplateRuntime = new(4003);
    public static readonly DiagnosticId OutputWriteFailed = new(4004);
    public static readonly DiagnosticId StaleOutputNotRemoved = new(4005);
    public static readonly DiagnosticId OutputIsInput = new(4006);
    public static readonly DiagnosticId OutputPathTwice = new(4007);
}
