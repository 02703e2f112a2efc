using System.Runtime.InteropServices;

namespace Curriculum.Native;

/// <summary>
/// Step 2 of <see cref="TorchSharpNative.Prepare"/>: loads libc10.so, libtorch_cpu.so and libtorch.so by absolute path,
/// so TorchSharp's later by-name loads bind to exactly these and no system libtorch (e.g. Debian's 1.13) can win. Two
/// copies of libtorch in one process abort with "multiple backend fallbacks", so a second folder is refused.
/// </summary>
public static class LibTorchPreload
{
    /// <summary>Loads the three libraries from <paramref name="folder"/>; returns the canonical folder.</summary>
    /// <exception cref="FileNotFoundException">A library is missing from <paramref name="folder"/>.</exception>
    /// <exception cref="InvalidOperationException">libtorch is already loaded from elsewhere, or the app carries its own copy elsewhere.</exception>
    public static string Load(string folder)
    {
        folder = SystemLibraries.Canonical(folder);
        foreach (var file in TorchSharpFolders.LibTorchFiles)
            if (!File.Exists(Path.Combine(folder, file)))
                throw new FileNotFoundException($"{file} is not in {folder}.", Path.Combine(folder, file));

        var elsewhere = SystemLibraries.MappedFiles()
            .Where(m => TorchSharpFolders.LibTorchFiles.Contains(Path.GetFileName(m)) && Path.GetDirectoryName(m) != folder).ToList();
        if (elsewhere.Count > 0)
            throw new InvalidOperationException(
                $"libtorch is already loaded in this process from {Path.GetDirectoryName(elsewhere[0])}; loading it from {folder} too would " +
                "give two copies (libtorch aborts with \"multiple backend fallbacks\"). Call Prepare before TorchSharp's first use, with the folder TorchSharp loads from.");
        // In an app that carries libtorch itself, TorchSharp loads the copy the host's native search directories point at.
        if (TorchSharpFolders.NativeSearchDirectories().Select(SystemLibraries.Canonical)
                .FirstOrDefault(d => File.Exists(Path.Combine(d, "libtorch_cpu.so"))) is { } appCopy && appCopy != folder)
            throw new InvalidOperationException(
                $"This app carries libtorch in {appCopy}, which TorchSharp will load; loading it from {folder} as well would give two copies " +
                "(libtorch aborts with \"multiple backend fallbacks\"). Pass the app's native folder (see TorchSharpFolders.AppNativeFolder()).");

        foreach (var file in TorchSharpFolders.LibTorchFiles) NativeLibrary.Load(Path.Combine(folder, file));
        return folder;
    }
}
