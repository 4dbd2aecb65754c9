using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding;

public sealed partial class ModuleBuilder
{
    private ThreadPolicyTable? _threadPolicy;

    private ThreadPolicyTable ThreadPolicy => _threadPolicy ??= new ThreadPolicyTable(_request.Threads, _request.ThreadDirectives);

    private LockPolicy Policy(CppClass? declaring, string name, bool trivialAccessor = false) =>
        declaring is not null ? ThreadPolicy.Policy(declaring.FullName, name, trivialAccessor)
        : ThreadPolicy.ReleasesLock(name) ? LockPolicy.Releases : LockPolicy.Holds;

    /// <summary>The name directives use for a class: the template's name for an instantiation, so one directive covers all.</summary>
    private static string DirectiveName(CppClass cpp) => cpp.TemplateName ?? cpp.FullName;

    private bool IsIgnored(string qualifiedName)
    {
        var target = ThreadPolicyTable.Normalize(qualifiedName);
        foreach (var directive in _request.Ignores)
        {
            if (ThreadPolicyTable.Normalize(directive.Target) == target)
            {
                _usedDirectives.Add(Key(directive.Location));
                return true;
            }
        }
        return false;
    }

    private string? Rename(string qualifiedName)
    {
        var target = ThreadPolicyTable.Normalize(qualifiedName);
        string? result = null;
        foreach (var directive in _request.Renames)
        {
            if (ThreadPolicyTable.Normalize(directive.Target) == target)
            {
                _usedDirectives.Add(Key(directive.Location));
                result = directive.NewName;
            }
        }
        return result;
    }

    /// <summary>A %rename or %ignore that matched nothing is most often a typo: say so, like a compiler's unused warning.</summary>
    private void ReportUnusedDirectives()
    {
        foreach (var directive in _request.Ignores)
        {
            if (!_usedDirectives.Contains(Key(directive.Location)))
            {
                _diagnostics.Warning(DiagnosticIds.DirectiveMatchesNothing, directive.Location,
                    $"%ignore {directive.Target} matches no wrapped declaration; check the qualified name");
            }
        }
        foreach (var directive in _request.Renames)
        {
            if (!_usedDirectives.Contains(Key(directive.Location)))
            {
                _diagnostics.Warning(DiagnosticIds.DirectiveMatchesNothing, directive.Location,
                    $"%rename({directive.NewName}) {directive.Target} matches no wrapped declaration; check the qualified name");
            }
        }
    }

    /// <summary>An %apply that matched no parameter, and a %feature that applied to nothing, are said, not dropped.</summary>
    private void ReportUnusedRules()
    {
        foreach (var directive in _applies.Unused)
        {
            _diagnostics.Warning(DiagnosticIds.DirectiveMatchesNothing, directive.Location,
                $"{directive} matches no parameter of a wrapped declaration; check the type spelling (as the header declares it) and the parameter name");
        }
        foreach (var feature in _request.Features.Where(f => !_appliedFeatures.Contains(f)))
        {
            _diagnostics.Warning(DiagnosticIds.FeatureNotSupported, feature.Location, feature.Name is "director" or "nodirector"
                ? $"{feature} matches no wrapped class or virtual member; check the C++ name (e.g. itk::ImageToImageFilter or itk::Class::Member)"
                : $"{feature} is not applied: only %feature(\"director\") and %feature(\"nodirector\") are implemented; remove it");
        }
    }

    private static string Key(SourceLocation location) => location.ToString();
}
