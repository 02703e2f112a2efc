using Curriculum.Native;
using Microsoft.DotNet.Interactive;

namespace Curriculum.Kernel.Hosting;

/// <summary>
/// Runs the TorchSharp native preparation as soon as a notebook's `#r "nuget:"` brings TorchSharp in, before the rest of
/// that cell runs: in a kernel TorchSharp loads libLibTorchSharp.so from the torchsharp package's runtimes folder in the
/// NuGet cache and libtorch from the libtorch-cpu-linux-x64 package (see README, troubleshooting).
/// </summary>
internal static class TorchSharpHook
{
    public static void OnPackage(ResolvedPackageReference package, TextWriter? log)
    {
        if (!package.PackageName.Equals("TorchSharp", StringComparison.OrdinalIgnoreCase)) return;
        if (!SystemLibraries.IsLinuxX64) return;
        var report = TorchSharpNative.Prepare(Path.Combine(package.PackageRoot, "runtimes", "linux-x64", "native"));
        log?.WriteLine($"TorchSharp native: {report}");
    }
}
