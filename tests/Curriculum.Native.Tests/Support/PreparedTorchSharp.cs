namespace Curriculum.Native.Tests;

/// <summary>What the one real <see cref="TorchSharpNative.Prepare"/> of this test process did.</summary>
/// <param name="Report">Its report.</param>
/// <param name="Cache">The folder standing in for the NuGet cache's native folder (a pristine copy of the published file).</param>
/// <param name="OriginalBytes">The published libLibTorchSharp.so's bytes before Prepare.</param>
/// <param name="Copies">Where Prepare was told to write patched copies.</param>
/// <param name="LibTorch">The libtorch folder it loaded.</param>
internal sealed record Prepared(string Report, string Cache, byte[] OriginalBytes, string Copies, string LibTorch)
{
    public string Original => Path.Combine(Cache, TorchSharpFolders.LibTorchSharpFileName);
}

/// <summary>
/// Prepare for real, once per test process: libtorch loads process-wide, and a second libLibTorchSharp.so from another
/// folder would be shadowed by the first (same soname), so every test that needs them loaded shares this one. The
/// temporary folders go when the process ends.
/// </summary>
internal static class PreparedTorchSharp
{
    private static readonly Lazy<Prepared> Once = new(() =>
    {
        var temp = Directory.CreateTempSubdirectory("torchsharp-native-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(temp, recursive: true);
        var cache = Directory.CreateDirectory(Path.Combine(temp, "cache")).FullName;
        var original = Path.Combine(cache, TorchSharpFolders.LibTorchSharpFileName);
        ElfVersionNeedsTests.CopyAsPublished(original);
        var bytes = File.ReadAllBytes(original);
        var copies = Path.Combine(temp, "copies");
        var libTorch = Needs.CachedLibTorch!;
        return new Prepared(TorchSharpNative.Prepare(cache, libTorch, copies), cache, bytes, copies, libTorch);
    });

    /// <summary>Prepares on first use (needs the TorchSharp and libtorch packages restored: use with TorchSharpCacheFact).</summary>
    public static Prepared Value => Once.Value;
}
