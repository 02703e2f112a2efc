using System.Runtime.InteropServices;

namespace Curriculum.Native;

/// <summary>
/// Gets TorchSharp 0.107.0's native libraries loaded on Linux x64, including distributions whose libstdc++ is older than
/// the one it was built against (Debian 12), without writing outside folders this project owns. Call
/// <see cref="Prepare"/> once, before TorchSharp's first use, with the folder TorchSharp would load libLibTorchSharp.so
/// from. Elsewhere (Windows, macOS) it does nothing. oneDNN is decided afterwards, by a gradient self-test that needs
/// TorchSharp itself (Curriculum.Platform.OneDnnSelfTest in the helper library), through <see cref="OneDnnSwitch"/>.
/// </summary>
public static class TorchSharpNative
{
    private static readonly object Gate = new();

    /// <summary>The report of the last <see cref="Prepare"/> in this process, or null before it.</summary>
    public static string? LastReport { get; private set; }

    /// <summary>
    /// Where patched copies of libLibTorchSharp.so go by default: <c>patched-native/</c> beside this assembly, i.e. in the
    /// build output of whatever hosts it (the kernel in artifacts/, a test project's bin/, a file-based app's output).
    /// </summary>
    public static string PatchedCopiesFolder =>
        Path.Combine(Path.GetDirectoryName(typeof(TorchSharpNative).Assembly.Location) is { Length: > 0 } here ? here : AppContext.BaseDirectory, "patched-native");

    /// <summary>
    /// On Linux x64, five steps: (1) <see cref="LibTorchSharpCopy.Loadable"/>: the original libLibTorchSharp.so, or a
    /// patched copy in <paramref name="patchedCopies"/> (default <see cref="PatchedCopiesFolder"/>) when the system
    /// libstdc++ is too old; (2) <see cref="LibTorchPreload.Load"/>: libtorch from <paramref name="libTorchFolder"/>
    /// (default: <see cref="TorchSharpFolders.FindLibTorchFolder"/>); (3) loads that libLibTorchSharp.so by absolute path:
    /// TorchSharp's own by-name load then finds it already loaded (same soname) instead of the unpatched original;
    /// (4) <see cref="ScalarFreeDelay.Install"/>: TorchSharp's scalars freed late enough that no native call reads a freed
    /// one; (5) <see cref="MallocTuning.Apply"/>. Returns a short report; elsewhere returns at once.
    /// </summary>
    /// <exception cref="FileNotFoundException">libLibTorchSharp.so or the libtorch libraries are not where they should be.</exception>
    /// <exception cref="InvalidOperationException">A second copy of libtorch would be loaded (see <see cref="LibTorchPreload"/>).</exception>
    public static string Prepare(string nativeFolder, string? libTorchFolder = null, string? patchedCopies = null)
    {
        if (!SystemLibraries.IsLinuxX64) return $"TorchSharpNative: nothing to do on {RuntimeInformation.RuntimeIdentifier}.";

        var original = Path.GetFullPath(Path.Combine(nativeFolder, TorchSharpFolders.LibTorchSharpFileName));
        if (!File.Exists(original))
            throw new FileNotFoundException($"TorchSharp's native library is not in {Path.GetFullPath(nativeFolder)}.", original);

        lock (Gate)
        {
            var (library, copyReport) = LibTorchSharpCopy.Loadable(original, patchedCopies ?? PatchedCopiesFolder);
            var folder = LibTorchPreload.Load(libTorchFolder ?? TorchSharpFolders.FindLibTorchFolder(nativeFolder)
                ?? throw new FileNotFoundException($"No folder with {string.Join(", ", TorchSharpFolders.LibTorchFiles)} found for {Path.GetFullPath(nativeFolder)}; pass libTorchFolder."));
            var scalars = ScalarFreeDelay.Install(NativeLibrary.Load(library));
            var nnpack = NnpackSwitch.TurnOffIfUnavailable(NativeLibrary.Load(Path.Combine(folder, "libtorch_cpu.so")));
            LastReport = $"TorchSharpNative: {copyReport}; loaded {string.Join(", ", TorchSharpFolders.LibTorchFiles)} from {folder}; {nnpack}; {scalars}; {MallocTuning.Apply()}.";
            return LastReport;
        }
    }
}
