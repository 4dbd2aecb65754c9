using System.Runtime.InteropServices;
using System.Text;

namespace ItkBindGen.Parsing.Interop;

/// <summary>Parses one translation unit whose main file is given as text (an unsaved file that never touches the disk).</summary>
internal static class ClangTranslationUnit
{
    public static unsafe nint Parse(nint index, string mainFile, string mainText, List<string> arguments, CXTranslationUnitFlags flags, out int errorCode)
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
            var contents = Encoding.UTF8.GetBytes(mainText);
            fixed (byte* contentPointer = contents)
            {
                var unsaved = new CXUnsavedFile { Filename = Utf8(mainFile), Contents = contentPointer, Length = (nuint)contents.Length };
                nint unit;
                errorCode = ClangNative.clang_parseTranslationUnit2(index, Utf8(mainFile), argv, arguments.Count, &unsaved, 1, (uint)flags, &unit);
                return errorCode == 0 ? unit : 0;
            }
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
