using Microsoft.DotNet.Interactive;

namespace Curriculum.Kernel.Hosting;

/// <summary>Runs the TorchSharp native fix when a notebook brings TorchSharp in with `#r "nuget:"`.</summary>
internal static class TorchSharpHook
{
    public static void OnPackage(ResolvedPackageReference package, TextWriter? log)
    {
        if (!package.PackageName.Equals("TorchSharp", StringComparison.OrdinalIgnoreCase)) return;
        // Filled in once the native fix lands.
    }
}
