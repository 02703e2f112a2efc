using System.Runtime.InteropServices;
using Curriculum.Native;

namespace Curriculum.TestSupport;

// Tests that need something of the machine (an OS, restored packages, a library) are skipped with the reason when it
// is missing, so they show as skipped rather than passing without checking anything. xunit 2 reads Skip when it
// discovers a test, so each attribute decides in its constructor.

/// <summary>A fact that needs Linux on x64 (TorchSharp's native fix, glibc, /proc).</summary>
public sealed class LinuxX64FactAttribute : FactAttribute
{
    public LinuxX64FactAttribute()
    {
        if (!Needs.LinuxX64) Skip = $"needs Linux x64 (this is {RuntimeInformation.RuntimeIdentifier})";
    }
}

/// <summary>A fact that needs TorchSharp 0.107.0 and libtorch-cpu-linux-x64 2.10.0 restored in the NuGet cache (and Linux x64).</summary>
public sealed class TorchSharpCacheFactAttribute : FactAttribute
{
    public TorchSharpCacheFactAttribute()
    {
        if (!Needs.LinuxX64) Skip = $"needs Linux x64 (this is {RuntimeInformation.RuntimeIdentifier})";
        else if (Needs.CachedTorchSharpNative is null || Needs.CachedLibTorch is null)
            Skip = $"needs TorchSharp 0.107.0 and libtorch 2.10.0 restored in {Needs.NuGetPackages} (run a restore first)";
    }
}

/// <summary>Where the machine-dependent inputs are.</summary>
public static class Needs
{
    public static bool LinuxX64 => SystemLibraries.IsLinuxX64;

    public static string NuGetPackages => TorchSharpFolders.NuGetPackagesFolder();

    /// <summary>~/.nuget/packages/torchsharp/0.107.0/runtimes/linux-x64/native, or null when TorchSharp 0.107.0 is not restored.</summary>
    public static string? CachedTorchSharpNative => Existing(Path.Combine(NuGetPackages, "torchsharp", "0.107.0", "runtimes", "linux-x64", "native"), "libLibTorchSharp.so");

    /// <summary>The libtorch-cpu-linux-x64 2.10.0 native folder in the NuGet cache, or null.</summary>
    public static string? CachedLibTorch => Existing(Path.Combine(NuGetPackages, "libtorch-cpu-linux-x64", "2.10.0", "runtimes", "linux-x64", "native"), "libtorch_cpu.so");

    private static string? Existing(string folder, string file) => File.Exists(Path.Combine(folder, file)) ? folder : null;
}
