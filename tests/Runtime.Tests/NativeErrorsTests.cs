using System.Runtime.InteropServices;

namespace ItkBindGen.Runtime.Tests;

public unsafe class NativeErrorsTests
{
    [Fact]
    public void ItkExceptionReadsAsItsDescriptionAndKeepsAllDetails()
    {
        var ex = Assert.IsType<ItkException>(Convert(1, "itk::ExceptionObject", "itkFilter.hxx:42:\nUpdate()\nthe description", "the description", "itkFilter.hxx", 42, "Update()"));
        Assert.Equal("the description", ex.Message);
        Assert.Equal("itkFilter.hxx:42:\nUpdate()\nthe description", ex.Details.NativeMessage);
        Assert.Equal("the description", ex.Details.Description);
        Assert.Equal("itkFilter.hxx", ex.Details.File);
        Assert.Equal(42, ex.Details.Line);
        Assert.Equal("Update()", ex.Details.Location);
        Assert.Equal("itk::ExceptionObject", ex.Details.NativeTypeName);
    }

    [Fact]
    public void ProcessAbortedIsACancellation()
    {
        var ex = Assert.IsType<ItkProcessAbortedException>(Convert(2, "itk::ProcessAborted", "aborted", "AbortGenerateData was set", "itkProcessObject.cxx", 7, "UpdateOutputData"));
        Assert.IsAssignableFrom<OperationCanceledException>(ex);
        Assert.Equal("AbortGenerateData was set", ex.Message);
        Assert.Equal("aborted", ex.Details.NativeMessage);
        Assert.Equal("AbortGenerateData was set", ex.Details.Description);
        Assert.Equal("itkProcessObject.cxx", ex.Details.File);
        Assert.Equal(7, ex.Details.Line);
    }

    [Fact]
    public void BadAllocIsOutOfMemory()
    {
        var ex = Assert.IsType<OutOfMemoryException>(Convert(3, "std::bad_alloc", "std::bad_alloc", null, null, 0, null));
        Assert.Equal("std::bad_alloc", ex.Message);
    }

    [Fact]
    public void InvalidArgumentIsAnArgumentException()
    {
        var ex = Assert.IsType<ItkArgumentException>(Convert(4, "std::invalid_argument", "radius must be positive", null, "itkBox.hxx", 12, null));
        Assert.IsAssignableFrom<ArgumentException>(ex);
        Assert.Equal("radius must be positive", ex.Message);
        Assert.Null(ex.ParamName);
        Assert.Equal("itkBox.hxx", ex.Details.File);
        Assert.Equal(12, ex.Details.Line);
    }

    [Fact]
    public void RangeIsAnArgumentOutOfRangeException()
    {
        var ex = Assert.IsType<ItkRangeException>(Convert(5, "itk::RangeError", "index out of range", "index 9", "itkImage.hxx", 99, "GetPixel"));
        Assert.IsAssignableFrom<ArgumentOutOfRangeException>(ex);
        Assert.Equal("index 9", ex.Message);
        Assert.Equal("index out of range", ex.Details.NativeMessage);
        Assert.Equal("index 9", ex.Details.Description);
        Assert.Equal(99, ex.Details.Line);
        Assert.Equal("GetPixel", ex.Details.Location);
    }

    [Fact]
    public void OtherStdExceptionIsANativeException()
    {
        var ex = Assert.IsType<NativeException>(Convert(6, "std::runtime_error", "disk full", null, null, 0, null));
        Assert.Equal("disk full", ex.Message);
        Assert.Equal("std::runtime_error", ex.NativeTypeName);
    }

    [Fact]
    public void NonStdExceptionIsAnUnknownNativeException()
    {
        var ex = Assert.IsType<NativeException>(Convert(7, null, null, null, null, 0, null));
        Assert.Equal("unknown C++ exception", ex.Message);
        Assert.Null(ex.NativeTypeName);
    }

    [Fact]
    public void AllNullStringsStillGiveMessages()
    {
        for (int kind = 1; kind <= 8; kind++)
        {
            var ex = Convert(kind, null, null, null, null, 0, null);
            Assert.False(string.IsNullOrEmpty(ex.Message));
        }
    }

    [Fact]
    public void NullErrorIsRejected()
    {
        Assert.Throws<ArgumentNullException>(() => NativeErrors.ToException(null));
    }

    [Fact]
    public void UnicodeStringsSurvive()
    {
        var ex = Convert(1, "itk::ExceptionObject", "fichier «é» introuvable", null, null, 0, null);
        Assert.Equal("fichier «é» introuvable", ex.Message);
    }

    /// <summary>Builds an ibg_error in native memory, as the shim does, converts and frees it.</summary>
    internal static Exception Convert(int kind, string? typeName, string? message, string? description, string? file, int line, string? location)
    {
        var error = (NativeError*)NativeMemory.AllocZeroed((nuint)sizeof(NativeError));
        try
        {
            error->Kind = kind;
            error->Line = line;
            error->TypeName = Utf8(typeName);
            error->Message = Utf8(message);
            error->Description = Utf8(description);
            error->File = Utf8(file);
            error->Location = Utf8(location);
            return NativeErrors.ToException(error);
        }
        finally
        {
            Marshal.FreeCoTaskMem(error->TypeName);
            Marshal.FreeCoTaskMem(error->Message);
            Marshal.FreeCoTaskMem(error->Description);
            Marshal.FreeCoTaskMem(error->File);
            Marshal.FreeCoTaskMem(error->Location);
            NativeMemory.Free(error);
        }
    }

    private static nint Utf8(string? value) => value is null ? 0 : Marshal.StringToCoTaskMemUTF8(value);

    [Fact]
    public void LayoutMatchesTheCStruct()
    {
        Assert.Equal(16 + (6 * nint.Size), sizeof(NativeError));
        Assert.Equal(8, (int)Marshal.OffsetOf<NativeError>(nameof(NativeError.TypeName)));
        Assert.Equal(8 + (4 * nint.Size), (int)Marshal.OffsetOf<NativeError>(nameof(NativeError.Location)));
        Assert.Equal(8 + (5 * nint.Size), (int)Marshal.OffsetOf<NativeError>(nameof(NativeError.Release)));
        Assert.Equal(8 + (6 * nint.Size), (int)Marshal.OffsetOf<NativeError>(nameof(NativeError.ManagedException)));
    }
}
