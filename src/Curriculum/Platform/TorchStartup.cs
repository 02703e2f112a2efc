using System.Runtime.CompilerServices;
using Curriculum.Native;

namespace Curriculum.Platform;

/// <summary>
/// Gets TorchSharp ready in whatever process uses this library, before any lesson code touches <c>torch</c>: where no
/// notebook kernel has prepared the native libraries (file-based apps, test hosts), prepares them from the app's own
/// native folder, then lets <see cref="OneDnnSelfTest"/> decide oneDNN. Runs by itself on the library's first use (every
/// lesson's setup cell calls <c>ChartDisplay.Use()</c>), so no lesson has to remember it.
/// Every lesson's setup cell triggers it; no lesson calls it by name.
/// </summary>
public static class TorchStartup
{
    /// <summary>What was done, for the record: the native report and the oneDNN decision (or why there was none).</summary>
    public static string Report { get; private set; } = "not run";

    [ModuleInitializer]
    internal static void OnLibraryLoad() => Ensure();

    /// <summary>Idempotent. Never throws: a failure is kept in <see cref="Report"/> and shows again at TorchSharp's first use.</summary>
    public static string Ensure()
    {
        try
        {
            if (SystemLibraries.IsLinuxX64 && TorchSharpNative.LastReport is null
                && !SystemLibraries.MappedFiles().Any(m => Path.GetFileName(m) == "libtorch_cpu.so")
                && TorchSharpFolders.AppNativeFolder() is { } folder)
                TorchSharpNative.Prepare(folder);
            Report = $"{TorchSharpNative.LastReport ?? "native libraries prepared by the host"} oneDNN {OneDnnSelfTest.Ensure()}.";
        }
        catch (Exception e)
        {
            Report = $"TorchSharp start-up failed: {e.GetType().Name}: {e.Message}";
        }
        return Report;
    }
}
