using System.Runtime.InteropServices;

namespace Curriculum.Native;

/// <summary>
/// Closes a use-after-free in TorchSharp 0.107.0. A number passed where TorchSharp takes a <c>Scalar</c>
/// (<c>x.add_(1.0)</c>, and Adam's own step) becomes a native <c>at::Scalar</c> that only the .NET finalizer frees, and
/// nothing keeps it alive during the native call that reads it. If a collection runs during that call, the finalizer
/// thread can free the scalar before libtorch reads it: CI saw it once, lesson 30's app stopping in <c>Adam.step</c> with
/// "Expected false to be true" from <c>Scalar::toFloat</c> (a freed scalar's tag overwritten). Open upstream as
/// dotnet/TorchSharp pull requests 1434 and 1496.
/// <see cref="Install"/> points libLibTorchSharp's <c>THSTorch_dispose_scalar</c> at a managed function that frees each
/// scalar only after <see cref="Delay"/> later disposals (a few MB held), far longer than any native call lasts. Linux x64,
/// for the one build whose code it recognises; elsewhere it reports and changes nothing.
/// </summary>
public static unsafe class ScalarFreeDelay
{
    /// <summary>How many later disposals a scalar outlives. A lesson disposes about 300,000 scalars in all (counted in lesson 12).</summary>
    public const int Delay = 1 << 16;

    private const string DisposeExport = "THSTorch_dispose_scalar";
    private const string SizedDelete = "_ZdlPvm"; // operator delete(void*, unsigned long): what the original calls
    private const int ScalarSize = 32;            // sizeof(c10::Scalar) in libtorch 2.10

    /// <summary>
    /// The first bytes of TorchSharp 0.107.0's <c>THSTorch_dispose_scalar</c> (test rdi; je; mov eax,[rdi]; add eax,-5;
    /// cmp eax,2; ja): a null check, then "is the tag symbolic". Any other code is left alone.
    /// </summary>
    internal static readonly byte[] KnownEntry = [0x48, 0x85, 0xff, 0x74, 0x2d, 0x8b, 0x07, 0x83, 0xc0, 0xfb, 0x83, 0xf8, 0x02, 0x77, 0x19];

    private static readonly object Gate = new();
    private static readonly DelayedFrees Queue = new(Delay);
    private static delegate* unmanaged<IntPtr, nuint, void> _delete;
    private static long _kept;
    private static long _freed;

    /// <summary>The report of the first <see cref="Install"/>, or null before it.</summary>
    public static string? Report { get; private set; }

    /// <summary>Whether disposals now go through the delay.</summary>
    public static bool Installed { get; private set; }

    /// <summary>Scalars disposed through the delay so far.</summary>
    public static long Disposed => Queue.Added;

    /// <summary>Scalars freed so far: those <see cref="Delay"/> disposals old.</summary>
    public static long Freed => Interlocked.Read(ref _freed);

    /// <summary>Symbolic scalars (which TorchSharp never makes) that reached the end of the delay: kept, not freed.</summary>
    public static long Kept => Interlocked.Read(ref _kept);

    /// <summary>
    /// Installs the delay in the loaded libLibTorchSharp.so whose handle is <paramref name="libTorchSharp"/>. Idempotent;
    /// never throws: when it cannot (another TorchSharp build, memory that may not be made writable) the report says why.
    /// </summary>
    public static string Install(IntPtr libTorchSharp)
    {
        lock (Gate)
        {
            return Report ??= TryInstall(libTorchSharp);
        }
    }

    /// <summary>One attempt; after a successful one the entry is no longer the known code, so a second is refused.</summary>
    internal static string TryInstall(IntPtr libTorchSharp)
    {
        if (!SystemLibraries.IsLinuxX64) return $"scalar frees not delayed on {RuntimeInformation.RuntimeIdentifier}";
        if (!NativeLibrary.TryGetExport(libTorchSharp, DisposeExport, out var entry))
            return $"scalar frees not delayed: libLibTorchSharp.so has no {DisposeExport}";
        var found = new ReadOnlySpan<byte>((void*)entry, KnownEntry.Length);
        if (!found.SequenceEqual(KnownEntry))
            return $"scalar frees not delayed: {DisposeExport} is not the code of TorchSharp 0.107.0 ({Convert.ToHexString(found)})";
        if (SystemLibraries.SystemLibStdCxxPath() is not { } libStdCxx || !NativeLibrary.TryLoad(libStdCxx, out var stdCxx)
            || !NativeLibrary.TryGetExport(stdCxx, SizedDelete, out var delete))
            return $"scalar frees not delayed: no {SizedDelete} in the system libstdc++";
        _delete = (delegate* unmanaged<IntPtr, nuint, void>)delete;

        // movabs rax, <DisposeLater>; jmp rax: 12 bytes over the entry, in this process's private copy of the page.
        Span<byte> jump = stackalloc byte[12];
        jump[0] = 0x48; jump[1] = 0xb8;
        BitConverter.TryWriteBytes(jump[2..10], (long)(IntPtr)(delegate* unmanaged<IntPtr, void>)&DisposeLater);
        jump[10] = 0xff; jump[11] = 0xe0;
        var page = Environment.SystemPageSize;
        var start = (IntPtr)((long)entry & ~(long)(page - 1));
        var length = (nuint)((long)entry + jump.Length - (long)start);
        if (mprotect(start, length, ProtRead | ProtWrite | ProtExec) != 0)
            return $"scalar frees not delayed: the code page may not be made writable (errno {Marshal.GetLastPInvokeError()})";
        jump.CopyTo(new Span<byte>((void*)entry, jump.Length));
        Installed = true;
        if (mprotect(start, length, ProtRead | ProtExec) != 0)
            return $"scalar frees delayed by {Delay:N0} disposals, but the code page stays writable (errno {Marshal.GetLastPInvokeError()})";
        return $"scalar frees delayed by {Delay:N0} disposals (TorchSharp's finalizer could free one during the native call that reads it)";
    }

    /// <summary>What <c>THSTorch_dispose_scalar</c> now runs: queue the scalar, free the one it displaces.</summary>
    [UnmanagedCallersOnly]
    private static void DisposeLater(IntPtr scalar)
    {
        if (scalar == IntPtr.Zero) return;
        var displaced = Queue.Add(scalar);
        if (displaced == IntPtr.Zero) return;
        // Tags 0–4 are plain numbers (double, long, ulong, complex, bool): the original just deletes those. Symbolic ones
        // (5–7) would first drop a reference the original releases; TorchSharp never makes them, so they are only counted.
        if (Marshal.ReadInt32(displaced) is >= 0 and <= 4)
        {
            _delete(displaced, ScalarSize);
            Interlocked.Increment(ref _freed);
        }
        else Interlocked.Increment(ref _kept);
    }

    private const int ProtRead = 1, ProtWrite = 2, ProtExec = 4;

    [DllImport("libc", SetLastError = true)]
    private static extern int mprotect(IntPtr address, nuint length, int protection);
}
