using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Binding.Resolution;
using ItkBindGen.Binding.Selection;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>
/// Members the runtime's C# code needs on some proxies (pixel buffers, observers, the abort flag, a value class's
/// factory and delete): ordinary bindings with their own thread policy, implemented in the shim by support functions
/// instead of a C++ member.
/// </summary>
// cppAlias: the class as the shim names it (SelectedClass.CppAlias).
internal sealed class RuntimeMembers(BindingScope scope, CppClass cpp, string csName, string cppAlias, CallFactory calls)
{
    private static readonly ArrayElement SizeElement = ArrayElement.Of("ulong", "unsigned long");

    private string Prefix => $"{scope.ModuleName}_{csName}";

    // The image itself, the first argument of the support functions.
    private string Self(string self) => $"ibg::as<{cppAlias}>({self})";

    /// <summary>An image's allocation (follows the thread policy: allocating may take long) and its buffer pointer.</summary>
    public IEnumerable<MethodBinding> Image(ImageBinding image)
    {
        var dimension = image.Dimension.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var size = new SpanMarshaller(SizeElement, dimension, string.Empty, writable: false, isParams: true);
        yield return calls.Runtime(cpp, "AllocatePixels", Prefix + "_ibg_Allocate", _ => "ibg::allocate_pixels", Self,
            VoidMarshaller.Instance, [CallFactory.In("size", size)], calls.Policy(cpp, "AllocatePixels")) with
        {
            Documentation = ["<summary>Sets the largest, requested and buffered regions to <paramref name=\"size\"/> and allocates the pixel buffer.</summary>"],
        };

        var bufferedSize = new SpanMarshaller(SizeElement, dimension, string.Empty, writable: true);
        var count = new PrimitiveMarshaller("ulong", "unsigned long");
        yield return calls.Runtime(cpp, "GetBuffer", Prefix + "_ibg_Buffer", _ => $"ibg::pixel_buffer<{image.Components}>", Self,
            new PointerMarshaller("void *"),
            [CallFactory.In("size", bufferedSize), CallFactory.In("pixelCount", count) with { Passing = Passing.Out }],
            calls.Policy(cpp, "GetBuffer")) with { Access = MemberAccess.Private };
    }

    /// <summary>
    /// Observer registration for the C# events. It always holds the lock: it only adds to ITK's observer list and
    /// never calls back, and holding keeps the C# list and the native one in step.
    /// </summary>
    public IEnumerable<MethodBinding> Events()
    {
        var kind = new PrimitiveMarshaller("int", "std::int32_t");
        var invoke = new PointerMarshaller("ibg_event_callback");
        var release = new PointerMarshaller("ibg_release_callback");
        var context = new PointerMarshaller("void *");
        var tag = new PrimitiveMarshaller("ulong", "unsigned long");
        yield return calls.Runtime(cpp, "AddObserver", Prefix + "_ibg_AddObserver", _ => "ibg::add_observer", s => $"ibg::as<itk::Object>({s})", tag,
            [CallFactory.In("eventKind", kind), CallFactory.In("invoke", invoke), CallFactory.In("release", release), CallFactory.In("context", context)],
            LockPolicy.Holds) with { CsName = "AddNativeObserver", Access = MemberAccess.Private };
        yield return calls.Runtime(cpp, "RemoveObserver", Prefix + "_ibg_RemoveObserver", s => $"ibg::as<itk::Object>({s})->RemoveObserver", null,
            VoidMarshaller.Instance, [CallFactory.In("tag", tag)], LockPolicy.Holds) with
        {
            CsName = "RemoveNativeObserver", Access = MemberAccess.Private,
        };
    }

    /// <summary>
    /// <c>UpdateAsync</c> for each parameterless update the topmost wrapped process object has, and the two abort-flag
    /// calls behind its cancellation. They keep the lock as the caller has it whatever the thread policy: the flag must
    /// get through while an update holds the lock (without <c>-threads</c>) on another thread.
    /// </summary>
    public AsyncUpdateBinding? AsyncUpdate(ClassBinding? baseClass, IReadOnlyList<MethodBinding> methods)
    {
        if (!ClassFacts.DerivesFrom(cpp, ClassFacts.ProcessObject) || baseClass?.AsyncUpdate is not null
            || (baseClass is not null && ClassFacts.DerivesFrom(scope.Find(baseClass.CppName), ClassFacts.ProcessObject)))
        {
            return null;
        }
        var updates = methods
            .Where(m => m is { IsStatic: false, Access: MemberAccess.Public, Parameters.Count: 0, CppName: "Update" or "UpdateLargestPossibleRegion" })
            .Select(m => new AsyncUpdateMethod(m.CsName + "Async", m))
            .ToList();
        if (updates.Count == 0)
        {
            return null;
        }
        MethodBinding Flag(string member, string nativeSuffix, string csMember) =>
            calls.Runtime(cpp, member, $"{Prefix}_ibg_{nativeSuffix}", s => $"ibg::as<itk::ProcessObject>({s})->{member}", null,
                VoidMarshaller.Instance, [], LockPolicy.Keeps) with { CsName = csMember, Access = MemberAccess.Private };
        return new AsyncUpdateBinding
        {
            Methods = updates,
            RequestAbort = Flag("AbortGenerateDataOn", "RequestAbort", "RequestAbortWithoutLock"),
            ClearAbort = Flag("AbortGenerateDataOff", "ClearAbort", "ClearAbortWithoutLock"),
        };
    }

    /// <summary>
    /// The address of the function the handles of objects the proxy owns call to delete them; asked once. When the
    /// proxy must not delete (<paramref name="deletes"/> false), a function that leaves the object as it is.
    /// </summary>
    public MethodBinding Release(bool deletes = true) =>
        calls.Runtime(cpp, "ReleaseFunction", Prefix + "_ibg_ReleaseFunction",
            _ => !deletes ? "ibg::keep_function"
                : scope.ValueClasses[cpp.FullName] is var value && cpp.Destructors.FirstOrDefault()?.ExtensionHelper is { } helper
                    ? $"ibg::release_function_with<{cppAlias}, {value.RootCppSpelling}, &{helper}>" // an %extend destructor
                : value.RootCppName == cpp.FullName ? $"ibg::release_function<{cppAlias}>" : $"ibg::release_function<{cppAlias}, {value.RootCppSpelling}>", null,
            new PointerMarshaller("void *"), [], LockPolicy.Holds, isStatic: true) with
        {
            CsName = "GetReleaseFunction", Access = MemberAccess.Private,
        };

    /// <summary>The pixel layout of an <c>itk::Image</c> instantiation, or null for any other class.</summary>
    public static ImageBinding? ImageOf(CppClass cpp)
    {
        if (cpp.TemplateName != "itk::Image" || cpp.TemplateArguments.Count != 2
            || cpp.TemplateArguments[0].Type?.StripTypedefs() is not { } pixel
            || !int.TryParse(cpp.TemplateArguments[1].Value, out var dimension))
        {
            return null;
        }
        if (pixel is CppPrimitiveType scalar && CsPrimitives.Of(scalar.PrimitiveKind) is { } scalarCs)
        {
            return new ImageBinding(scalarCs, dimension);
        }
        // Pixels of several values of one arithmetic type, laid out contiguously.
        if (pixel is CppNamedType { TemplateArguments: [{ Type: var component }, ..] arguments } named
            && component?.StripTypedefs() is CppPrimitiveType element && CsPrimitives.Of(element.PrimitiveKind) is { } elementCs)
        {
            var components = named.FullName switch
            {
                "itk::Vector" or "itk::CovariantVector" or "itk::FixedArray" when arguments.Count == 2 && int.TryParse(arguments[1].Value, out var n) => n,
                "itk::RGBPixel" => 3,
                "itk::RGBAPixel" => 4,
                _ => 0,
            };
            return components > 0 ? new ImageBinding(elementCs, dimension, components) : null;
        }
        return null;
    }
}
