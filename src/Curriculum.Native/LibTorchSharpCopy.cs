namespace Curriculum.Native;

/// <summary>
/// Step 1 of <see cref="TorchSharpNative.Prepare"/>: a libLibTorchSharp.so this process can load. TorchSharp 0.107.0's
/// copy asks for GLIBCXX_3.4.32 (GCC 13); Debian 12's libstdc++ stops at 3.4.30. Only a marker symbol carries that
/// version, so a copy whose need is marked weak (VER_FLG_WEAK) loads and works. The copy goes to a folder this project
/// owns; the original (in the shared NuGet cache, or a read-only one) is never written.
/// </summary>
public static class LibTorchSharpCopy
{
    /// <summary>
    /// Symbols that carry a too-new GLIBCXX version only as a marker: GCC 13 references
    /// <c>std::ios_base_library_init()</c> from every object that includes &lt;iostream&gt; purely to force a new enough
    /// libstdc++; nothing calls it. A need used only by these may be made weak safely; anything else would crash later.
    /// </summary>
    public static readonly IReadOnlySet<string> MarkerSymbols = new HashSet<string>(StringComparer.Ordinal) { "_ZSt21ios_base_library_initv" };

    /// <summary>
    /// The path to load for <paramref name="library"/>, and a one-line report. Returns the original when the system
    /// libstdc++ has every version it needs (or the needs are weak already); otherwise a patched copy under
    /// <paramref name="copiesFolder"/>, in a subfolder named after the original's size and time stamp (so an updated
    /// package gets a new copy), written by atomic rename and reused by later processes.
    /// </summary>
    public static (string Path, string Report) Loadable(string library, string copiesFolder)
    {
        var name = System.IO.Path.GetFileName(library);
        var available = SystemLibraries.SystemLibStdCxxVersions();
        if (available.Count == 0) return (library, $"no system libstdc++ found, {name} used as is");

        var pending = PendingNeeds(library, available);
        if (pending.Count == 0) return (library, $"system libstdc++ has every version {name} needs (or they are weak already)");

        var realUsers = pending.SelectMany(v => ElfVersionNeeds.SymbolsUsing(library, v)).Where(s => !MarkerSymbols.Contains(s)).Distinct().ToList();
        if (realUsers.Count > 0)
            return (library, $"WARNING: system libstdc++ lacks {string.Join(", ", pending)} and {string.Join(", ", realUsers.Take(3))} use it; " +
                             $"{name} used as is and will not load");

        var source = new FileInfo(library);
        var folder = System.IO.Path.Combine(copiesFolder, $"{source.Length:x}-{source.LastWriteTimeUtc.Ticks:x}");
        var target = System.IO.Path.Combine(folder, name);
        if (File.Exists(target) && PendingNeeds(target, available).Count == 0)
            return (target, $"system libstdc++ lacks {string.Join(", ", pending)} (a marker only): loading the patched copy {target}");

        Directory.CreateDirectory(folder);
        var temp = System.IO.Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.Copy(library, temp);
            ElfVersionNeeds.MakeWeak(temp, pending);
            File.Move(temp, target, overwrite: true); // atomic: a process loading the copy never sees half a file
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        return (target, $"system libstdc++ lacks {string.Join(", ", pending)} (a marker only): wrote a patched copy {target}");
    }

    /// <summary>libstdc++ versions <paramref name="library"/> needs, the system lacks, and are not weak yet.</summary>
    internal static IReadOnlyList<string> PendingNeeds(string library, IReadOnlySet<string> available) =>
        ElfVersionNeeds.Read(library)
            .Where(n => n.File.StartsWith("libstdc++", StringComparison.Ordinal) && !available.Contains(n.Version) && !n.IsWeak)
            .Select(n => n.Version).Distinct().ToList();
}
