namespace ItkBindGen.Binding;

/// <summary>
/// The one-time native start-up a module runs before its first wrapped call, when its target library creates
/// process-wide state lazily and without a lock (ITK 5.2: the object factory list and the globals behind
/// <c>itkGetGlobalSimpleMacro</c>). The native core needs none: its globals are function-local statics and atomics.
/// </summary>
public sealed record StartupBinding
{
    /// <summary>The support header that defines <see cref="CppFunction"/>, written beside the shim.</summary>
    public required string Header { get; init; }

    /// <summary>The C++ function that creates the state; idempotent.</summary>
    public required string CppFunction { get; init; }

    /// <summary>The shim's entry point that runs it, called from the module's native class's static constructor.</summary>
    public required string NativeName { get; init; }

    /// <summary>The start-up a target needs, or null.</summary>
    public static StartupBinding? For(string target, string moduleName) =>
        target == BindingRequest.ItkTarget
            ? new StartupBinding { Header = "ItkBindGenItkStartup.h", CppFunction = "ibg::start_itk", NativeName = $"{moduleName}_ibg_Start" }
            : null;
}
