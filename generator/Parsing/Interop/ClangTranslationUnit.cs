using System.Runtime.InteropServices;
using System.Text;

namespace ItkBindGen.Parsing.Interop;

/// <summary>Parses one translation unit whose main file is given as text (an unsaved file that never touches the disk).</summary>
internal static class ClangTranslationUnit
{
    public static nint Parse(nint index, string mainFile, string mainText, List<string> arguments, CXTranslationUnitFlags flags, out int errorCode) =>
        Parse(index, [(mainFile, mainText)], arguments, flags, out errorCode);

    /// <summary>The first file is the main file; the others are unsaved files it may include (an interface file's C++).</summary>
    public static unsafe nint Parse(nint index, IReadOnlyList<(string Path, string Text)> files, List<string> arguments, CXTranslationUnitFlags flags, out int errorCode)
    {
        var allocations = new List<nint>();
        try
        {
            byte* Utf8(string value)
            {
                var pointer = Marshal.StringToCoTaskMemUTF8(value);
                allocations.Add(pointer);
                return (byte*)pointer;
            }
            var argv = stackalloc byte*[arguments.Count];
            for (var i = 0; i < arguments.Count; i++)
            {
                argv[i] = Utf8(arguments[i]);
            }
            var unsaved = stackalloc CXUnsavedFile[files.Count];
            for (var i = 0; i < files.Count; i++)
            {
                var bytes = Encoding.UTF8.GetBytes(files[i].Text);
                var contents = Marshal.AllocCoTaskMem(Math.Max(1, bytes.Length));
                allocations.Add(contents);
                Marshal.Copy(bytes, 0, contents, bytes.Length);
                unsaved[i] = new CXUnsavedFile { Filename = Utf8(files[i].Path), Contents = (byte*)contents, Length = (nuint)bytes.Length };
            }
            nint unit;
            errorCode = ClangNative.clang_parseTranslationUnit2(index, Utf8(files[0].Path), argv, arguments.Count, unsaved, (uint)files.Count, (uint)flags, &unit);
            return errorCode == 0 ? unit : 0;
        }
        finally
        {
            foreach (var pointer in allocations)
            {
                Marshal.FreeCoTaskMem(pointer);
            }
        }
    }
}
