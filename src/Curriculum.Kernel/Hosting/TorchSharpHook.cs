using Curriculum.Kernel.Native;
using Microsoft.DotNet.Interactive;

namespace Curriculum.Kernel.Hosting;

/// <summary>
/// Runs the TorchSharp native fix when a notebook brings TorchSharp in with `#r "nuget:"`, before any cell can touch
/// `torch`. In a kernel TorchSharp loads libLibTorchSharp.so from the torchsharp package's runtimes folder in the NuGet
/// cache and libtorch from the libtorch-cpu-linux-x64 package (see README, troubleshooting).
/// </summary>
internal static class TorchSharpHook
{
    public static void OnPackage(ResolvedPackageReference package, TextWriter? log)
    {
        if (!package.PackageName.Equals("TorchSharp", StringComparison.OrdinalIgnoreCase)) return;
        if (!TorchSharpNative.IsLinuxX64) return;
        var report = TorchSharpNative.Prepare(Path.Combine(package.PackageRoot, "runtimes", "linux-x64", "native"));
        log?.WriteLine($"TorchSharp native: {report}");
    }
}
