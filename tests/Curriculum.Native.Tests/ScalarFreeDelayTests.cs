using System.Runtime.InteropServices;

namespace Curriculum.Native.Tests;

/// <summary>
/// The delay in the libLibTorchSharp.so this process loaded (<see cref="PreparedTorchSharp"/>), driven through the same
/// exports TorchSharp calls: make a scalar from a double, read it back, dispose it.
/// </summary>
public sealed class ScalarFreeDelayTests
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr FromDouble(double value);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate double ToDouble(IntPtr scalar);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void Dispose(IntPtr scalar);

    private static IntPtr LoadedLibTorchSharp()
    {
        var report = PreparedTorchSharp.Value.Report;
        Assert.True(ScalarFreeDelay.Installed, report);
        return NativeLibrary.Load(TorchSharpFolders.LibTorchSharpFileName);
    }

    private static T Export<T>(IntPtr library, string name) where T : Delegate =>
        Marshal.GetDelegateForFunctionPointer<T>(NativeLibrary.GetExport(library, name));

    [TorchSharpCacheFact]
    public void A_disposed_scalar_stays_readable_for_the_whole_delay_and_is_freed_after_it()
    {
        var library = LoadedLibTorchSharp();
        var make = Export<FromDouble>(library, "THSTorch_float64_to_scalar");
        var read = Export<ToDouble>(library, "THSTorch_scalar_to_float64");
        var dispose = Export<Dispose>(library, "THSTorch_dispose_scalar");

        var scalar = make(3.25);
        var disposed = ScalarFreeDelay.Disposed;
        dispose(scalar);
        Assert.Equal(disposed + 1, ScalarFreeDelay.Disposed);

        // What a native call still running after the finalizer disposed its scalar sees: the value, not freed memory.
        for (var i = 1; i < ScalarFreeDelay.Delay; i++) dispose(make(i));
        Assert.Equal(3.25, read(scalar));

        // Frees run exactly Delay disposals behind, so memory stays bounded.
        var before = ScalarFreeDelay.Freed;
        for (var i = 0; i < 1000; i++) dispose(make(i));
        Assert.Equal(before + 1000, ScalarFreeDelay.Freed);
        Assert.Equal(ScalarFreeDelay.Disposed - ScalarFreeDelay.Delay, ScalarFreeDelay.Freed + ScalarFreeDelay.Kept);
        Assert.Equal(0, ScalarFreeDelay.Kept);
        dispose(IntPtr.Zero); // TorchSharp never passes null, but the original accepted it
    }

    [TorchSharpCacheFact]
    public void A_second_install_finds_the_jump_instead_of_the_known_code_and_changes_nothing()
    {
        var library = LoadedLibTorchSharp();
        var entry = NativeLibrary.GetExport(library, "THSTorch_dispose_scalar");
        var bytes = new byte[12];
        Marshal.Copy(entry, bytes, 0, bytes.Length);
        Assert.Equal(new byte[] { 0x48, 0xb8 }, bytes[..2]);  // movabs rax, <managed function>
        Assert.Equal(new byte[] { 0xff, 0xe0 }, bytes[10..]); // jmp rax

        var report = ScalarFreeDelay.TryInstall(library);

        Assert.Contains("is not the code of TorchSharp 0.107.0 (48B8", report);
        var after = new byte[12];
        Marshal.Copy(entry, after, 0, after.Length);
        Assert.Equal(bytes, after);
        Assert.Equal(ScalarFreeDelay.Report, ScalarFreeDelay.Install(library));
    }

    [TorchSharpCacheFact]
    public void A_library_without_the_export_is_left_alone_with_the_reason()
    {
        _ = LoadedLibTorchSharp();
        var libTorchCpu = NativeLibrary.Load(Path.Combine(PreparedTorchSharp.Value.LibTorch, "libtorch_cpu.so"));

        Assert.Equal("scalar frees not delayed: libLibTorchSharp.so has no THSTorch_dispose_scalar", ScalarFreeDelay.TryInstall(libTorchCpu));
    }
}
