namespace ItkBindGen.Interface;

// The directives, a list a kind, in the order they were read.
public sealed partial class InterfaceFile
{
    private readonly List<VerbatimBlock> _verbatimBlocks = [];
    private readonly List<InterfaceInclude> _includes = [];
    private readonly List<TemplateDirective> _templates = [];
    private readonly List<BaseTemplateDirective> _baseTemplates = [];
    private readonly List<RenameDirective> _renames = [];
    private readonly List<IgnoreDirective> _ignores = [];
    private readonly List<RenameRule> _renameRules = [];
    private readonly List<RenameRule> _nameRules = [];
    private readonly List<ThreadDirective> _threadDirectives = [];
    private readonly List<FeatureDirective> _features = [];
    private readonly List<FeatureRule> _featureRules = [];
    private readonly List<ApplyDirective> _applies = [];
    private readonly List<TypeApplyDirective> _typeApplies = [];
    private readonly List<NewObjectDirective> _newObjects = [];
    private readonly List<ImmutableDirective> _immutables = [];
    private readonly List<ClassFeatureDirective> _classFeatures = [];
    private readonly List<ExtendDirective> _extends = [];
    private readonly List<ExceptionDirective> _exceptions = [];
    private readonly List<ConstantDirective> _constants = [];
    private readonly List<WarningFilterDirective> _warningFilters = [];
    private readonly List<PragmaDirective> _pragmas = [];
    private readonly List<TypemapDirective> _typemaps = [];
    private readonly List<InterfaceCode> _declarations = [];

    /// <summary>The %{ %} blocks, SWIG's shim sections and %inline code, in the order they were read.</summary>
    public IReadOnlyList<VerbatimBlock> VerbatimBlocks => _verbatimBlocks;

    internal void AddVerbatimBlock(VerbatimBlock item) => _verbatimBlocks.Add(item);

    public IReadOnlyList<InterfaceInclude> Includes => _includes;

    internal void AddInclude(InterfaceInclude item) => _includes.Add(item);

    public IReadOnlyList<TemplateDirective> Templates => _templates;

    internal void AddTemplate(TemplateDirective item) => _templates.Add(item);

    /// <summary><c>%template()</c> without a name.</summary>
    public IReadOnlyList<BaseTemplateDirective> BaseTemplates => _baseTemplates;

    internal void AddBaseTemplate(BaseTemplateDirective item) => _baseTemplates.Add(item);

    public IReadOnlyList<RenameDirective> Renames => _renames;

    public IReadOnlyList<IgnoreDirective> Ignores => _ignores;

    /// <summary>%rename and %ignore beyond a plain name or signature: *::, name functions, filters, regextarget, fullname.</summary>
    public IReadOnlyList<RenameRule> RenameRules => _renameRules;

    /// <summary>Every %rename and %ignore, plain ones included, in the order they were read: SWIG's later rule wins a tie.</summary>
    public IReadOnlyList<RenameRule> NameRules => _nameRules;

    /// <summary>Adds a %rename or %ignore; one of a plain name or signature is also kept as the simpler record.</summary>
    internal void AddNameRule(RenameRule item)
    {
        _nameRules.Add(item);
        switch (item.Action)
        {
            case RenameAction.To to when item.IsPlain:
                _renames.Add(new RenameDirective(to.Name, item.Target!.ToString(), item.Location));
                break;
            case RenameAction.Ignore when item.IsPlain:
                _ignores.Add(new IgnoreDirective(item.Target!.ToString(), item.Location));
                break;
            default:
                _renameRules.Add(item);
                break;
        }
    }

    public IReadOnlyList<ThreadDirective> ThreadDirectives => _threadDirectives;

    internal void AddThreadDirective(ThreadDirective item) => _threadDirectives.Add(item);

    public IReadOnlyList<FeatureDirective> Features => _features;

    internal void AddFeature(FeatureDirective item) => _features.Add(item);

    /// <summary>%feature beyond a plain one, and SWIG's feature directives (%nspace, %csmethodmodifiers, ...).</summary>
    public IReadOnlyList<FeatureRule> FeatureRules => _featureRules;

    internal void AddFeatureRule(FeatureRule item) => _featureRules.Add(item);

    /// <summary>What raw pointers and references mean (<c>%apply</c>), in the order they were read.</summary>
    public IReadOnlyList<ApplyDirective> Applies => _applies;

    internal void AddApply(ApplyDirective item) => _applies.Add(item);

    /// <summary><c>%apply</c> of a type or of a single-value INPUT/OUTPUT/INOUT rule.</summary>
    public IReadOnlyList<TypeApplyDirective> TypeApplies => _typeApplies;

    internal void AddTypeApply(TypeApplyDirective item) => _typeApplies.Add(item);

    public IReadOnlyList<NewObjectDirective> NewObjects => _newObjects;

    internal void AddNewObject(NewObjectDirective item) => _newObjects.Add(item);

    public IReadOnlyList<ImmutableDirective> Immutables => _immutables;

    internal void AddImmutable(ImmutableDirective item) => _immutables.Add(item);

    public IReadOnlyList<ClassFeatureDirective> ClassFeatures => _classFeatures;

    internal void AddClassFeature(ClassFeatureDirective item) => _classFeatures.Add(item);

    public IReadOnlyList<ExtendDirective> Extends => _extends;

    internal void AddExtend(ExtendDirective item) => _extends.Add(item);

    public IReadOnlyList<ExceptionDirective> Exceptions => _exceptions;

    internal void AddException(ExceptionDirective item) => _exceptions.Add(item);

    public IReadOnlyList<ConstantDirective> Constants => _constants;

    internal void AddConstant(ConstantDirective item) => _constants.Add(item);

    public IReadOnlyList<WarningFilterDirective> WarningFilters => _warningFilters;

    internal void AddWarningFilter(WarningFilterDirective item) => _warningFilters.Add(item);

    public IReadOnlyList<PragmaDirective> Pragmas => _pragmas;

    internal void AddPragma(PragmaDirective item) => _pragmas.Add(item);

    public IReadOnlyList<TypemapDirective> Typemaps => _typemaps;

    internal void AddTypemap(TypemapDirective item) => _typemaps.Add(item);

    /// <summary>C++ written in the interface files themselves (outside %{ %}), one piece a file; SWIG wraps what it declares.</summary>
    public IReadOnlyList<InterfaceCode> Declarations => _declarations;

    internal void AddDeclarations(InterfaceCode item) => _declarations.Add(item);
}
