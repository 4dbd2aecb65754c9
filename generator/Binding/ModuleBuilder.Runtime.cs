using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding;

// Members the runtime's C# code needs on some proxies (pixel buffers, observers): ordinary bindings with their own
// thread policy, implemented in the shim by support functions instead of a C++ member.
public sealed partial class ModuleBuilder
{
    private static readonly ArrayElement SizeElement = ArrayElement.Of("ulong", "unsigned long");

    /// <summary>An image's allocation (follows the thread policy: allocating may take long) and its buffer pointer.</summary>
    private IEnumerable<MethodBinding> ImageMembers(CppClass cpp, string csName, string prefix, ImageBinding image)
    {
        var dimension = image.Dimension.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var size = new SpanMarshaller(SizeElement, dimension, string.Empty, writable: false, isParams: true);
        yield return RuntimeMember(cpp, "AllocatePixels", prefix + "_ibg_Allocate", "ibg::allocate_pixels", $"ibg::as<{csName}>(self)",
            VoidMarshaller.Instance, [new ParameterBinding("size", size, size.In("size")!, null)], Policy(cpp, "AllocatePixels")) with
        {
            Documentation = ["<summary>Sets the largest, requested and buffered regions to <paramref name=\"size\"/> and allocates the pixel buffer.</summary>"],
        };

        var bufferedSize = new SpanMarshaller(SizeElement, dimension, string.Empty, writable: true);
        var count = new PrimitiveMarshaller("ulong", "unsigned long");
        yield return RuntimeMember(cpp, "GetBuffer", prefix + "_ibg_Buffer", $"ibg::pixel_buffer<{image.Components}>", $"ibg::as<{csName}>(self)",
            new PointerMarshaller("void *"),
            [
                new ParameterBinding("size", bufferedSize, bufferedSize.In("size")!, null),
                new ParameterBinding("pixelCount", count, count.ByReference("pixelCount", outOnly: true), null),
            ],
            Policy(cpp, "GetBuffer")) with { Access = "private" };
    }

    /// <summary>
    /// Observer registration for the C# events. It always holds the lock: it only adds to ITK's observer list and
    /// never calls back, and holding keeps the C# list and the native one in step.
    /// </summary>
    private IEnumerable<MethodBinding> EventMembers(CppClass cpp, string prefix)
    {
        var kind = new PrimitiveMarshaller("int", "std::int32_t");
        var invoke = new PointerMarshaller("ibg_event_callback");
        var release = new PointerMarshaller("ibg_release_callback");
        var context = new PointerMarshaller("void *");
        var tag = new PrimitiveMarshaller("ulong", "unsigned long");
        yield return RuntimeMember(cpp, "AddObserver", prefix + "_ibg_AddObserver", "ibg::add_observer", "ibg::as<itk::Object>(self)", tag,
            [
                new ParameterBinding("eventKind", kind, kind.In("eventKind")!, null),
                new ParameterBinding("invoke", invoke, invoke.In("invoke")!, null),
                new ParameterBinding("release", release, release.In("release")!, null),
                new ParameterBinding("context", context, context.In("context")!, null),
            ],
            LockPolicy.Holds) with { CsName = "AddNativeObserver", Access = "private" };
        yield return RuntimeMember(cpp, "RemoveObserver", prefix + "_ibg_RemoveObserver", "ibg::as<itk::Object>(self)->RemoveObserver", null,
            VoidMarshaller.Instance, [new ParameterBinding("tag", tag, tag.In("tag")!, null)], LockPolicy.Holds) with
        {
            CsName = "RemoveNativeObserver", Access = "private",
        };
    }

    /// <summary>
    /// <c>UpdateAsync</c> for each parameterless update the topmost wrapped process object has, and the two abort-flag
    /// calls behind its cancellation. They keep the lock as the caller has it whatever the thread policy: the flag must
    /// get through while an update holds the lock (without <c>-threads</c>) on another thread.
    /// </summary>
    private AsyncUpdateBinding? AsyncUpdateOf(CppClass cpp, string csName, ClassBinding? baseClass, string prefix, IReadOnlyList<MethodBinding> methods)
    {
        if (!DerivesFrom(cpp, ItkProcessObject) || baseClass?.AsyncUpdate is not null || (baseClass is not null && DerivesFrom(Find(baseClass.CppName), ItkProcessObject)))
        {
            return null;
        }
        var updates = methods
            .Where(m => m is { IsStatic: false, Access: "public", Parameters.Count: 0, CppName: "Update" or "UpdateLargestPossibleRegion" })
            .Select(m => new AsyncUpdateMethod(m.CsName + "Async", m with { HostCsName = csName }))
            .ToList();
        if (updates.Count == 0)
        {
            return null;
        }
        MethodBinding Flag(string member, string nativeSuffix, string csMember) =>
            RuntimeMember(cpp, member, $"{prefix}_ibg_{nativeSuffix}", $"ibg::as<itk::ProcessObject>(self)->{member}", null,
                VoidMarshaller.Instance, [], LockPolicy.Keeps) with { CsName = csMember, Access = "private", HostCsName = csName };
        return new AsyncUpdateBinding
        {
            Methods = updates,
            RequestAbort = Flag("AbortGenerateDataOn", "RequestAbort", "RequestAbortWithoutLock"),
            ClearAbort = Flag("AbortGenerateDataOff", "ClearAbort", "ClearAbortWithoutLock"),
        };
    }

    private MethodBinding RuntimeMember(CppClass cpp, string name, string nativeName, string callee, string? self,
        ValueMarshaller returnType, IReadOnlyList<ParameterBinding> parameters, LockPolicy policy) => new()
    {
        CppName = name,
        DeclaringClass = cpp.FullName,
        CsName = name,
        NativeName = nativeName,
        NativeClass = NativeClass,
        ModuleName = _request.ModuleName,
        CppCallee = callee,
        CppSelfArgument = self,
        ReturnMarshaller = returnType,
        Parameters = parameters,
        Lock = policy,
    };

    /// <summary>A value class's default constructor behind its proxy's constructor, when it has one.</summary>
    private MethodBinding? ValueFactory(CppClass cpp, string csName, string prefix) =>
        !cpp.HasPublicConstructor || (cpp.Constructors.Count > 0 && !cpp.Constructors.Any(c => c.Parameters.All(p => p.DefaultValue is not null)))
            ? null
            : RuntimeMember(cpp, "New", prefix + "_New", $"new {csName}", null, FactoryMarshaller.ValueClass(csName), [], Policy(cpp, "New")) with
            {
                CsName = "CreateNative", Access = "private", IsStatic = true,
            };

    /// <summary>The address of the function a value class's handles call to delete their copy; asked once.</summary>
    private MethodBinding ReleaseMember(CppClass cpp, string csName, string prefix) =>
        RuntimeMember(cpp, "ReleaseFunction", prefix + "_ibg_ReleaseFunction", $"ibg::release_function<{csName}>", null,
            new PointerMarshaller("void *"), [], LockPolicy.Holds) with
        {
            CsName = "GetReleaseFunction", Access = "private", IsStatic = true,
        };
}
