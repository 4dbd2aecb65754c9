using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ItkBindGen.Parsing.Interop;

/// <summary>
/// Managed callbacks for libclang's visitor functions. The callback travels as a GCHandle in the client data;
/// an exception thrown by it is caught in the native frame and rethrown once the visit returns.
/// </summary>
internal static unsafe class ClangVisitor
{
    private sealed class ChildContext(Func<CXCursor, CXCursor, CXChildVisitResult> callback)
    {
        public readonly Func<CXCursor, CXCursor, CXChildVisitResult> Callback = callback;
        public Exception? Error;
    }

    private sealed class MemberContext(Func<CXCursor, CXVisitorResult> callback)
    {
        public readonly Func<CXCursor, CXVisitorResult> Callback = callback;
        public Exception? Error;
    }

    /// <summary>Visits the direct children of <paramref name="parent"/> (no recursion).</summary>
    public static void Children(CXCursor parent, Action<CXCursor> action) =>
        Children(parent, (child, _) =>
        {
            action(child);
            return CXChildVisitResult.Continue;
        });

    public static void Children(CXCursor parent, Func<CXCursor, CXCursor, CXChildVisitResult> callback)
    {
        var context = new ChildContext(callback);
        var handle = GCHandle.Alloc(context);
        try
        {
            ClangNative.clang_visitChildren(parent, &OnChild, GCHandle.ToIntPtr(handle));
        }
        finally
        {
            handle.Free();
        }
        Rethrow(context.Error);
    }

    public static List<CXCursor> ChildList(CXCursor parent)
    {
        var list = new List<CXCursor>();
        Children(parent, list.Add);
        return list;
    }

    public static List<CXCursor> Methods(CXType type) => Members(type, MemberKind.Methods);

    public static List<CXCursor> Bases(CXType type) => Members(type, MemberKind.Bases);

    public static List<CXCursor> Fields(CXType type) => Members(type, MemberKind.Fields);

    private enum MemberKind { Methods, Bases, Fields }

    private static List<CXCursor> Members(CXType type, MemberKind kind)
    {
        var list = new List<CXCursor>();
        var context = new MemberContext(cursor =>
        {
            list.Add(cursor);
            return CXVisitorResult.Continue;
        });
        var handle = GCHandle.Alloc(context);
        try
        {
            var data = GCHandle.ToIntPtr(handle);
            _ = kind switch
            {
                MemberKind.Methods => ClangNative.clang_visitCXXMethods(type, &OnMember, data),
                MemberKind.Bases => ClangNative.clang_visitCXXBaseClasses(type, &OnMember, data),
                _ => ClangNative.clang_Type_visitFields(type, &OnMember, data),
            };
        }
        finally
        {
            handle.Free();
        }
        Rethrow(context.Error);
        return list;
    }

    [UnmanagedCallersOnly]
    private static CXChildVisitResult OnChild(CXCursor cursor, CXCursor parent, nint data)
    {
        var context = (ChildContext)GCHandle.FromIntPtr(data).Target!;
        try
        {
            return context.Callback(cursor, parent);
        }
        catch (Exception e)
        {
            context.Error = e;
            return CXChildVisitResult.Break;
        }
    }

    [UnmanagedCallersOnly]
    private static CXVisitorResult OnMember(CXCursor cursor, nint data)
    {
        var context = (MemberContext)GCHandle.FromIntPtr(data).Target!;
        try
        {
            return context.Callback(cursor);
        }
        catch (Exception e)
        {
            context.Error = e;
            return CXVisitorResult.Break;
        }
    }

    private static void Rethrow(Exception? error)
    {
        if (error is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        }
    }
}
