using System.Runtime.InteropServices;

namespace Curriculum.Kernel.Native;

/// <summary>
/// Makes TorchSharp 0.107.0's native library loadable on Linux x64 distributions whose libstdc++ is older than the one
/// it was built against (Debian 12: libstdc++ stops at GLIBCXX_3.4.30, libLibTorchSharp.so asks for GLIBCXX_3.4.32).
/// Call <see cref="Prepare"/> once, before the first use of TorchSharp, with the folder TorchSharp will load
/// libLibTorchSharp.so from. Elsewhere (Windows, macOS, newer distributions) it does nothing.
/// </summary>
internal static class TorchSharpNative
{
    public const string LibTorchSharpFileName = "libLibTorchSharp.so";
    public const string LibTorchPackageId = "libtorch-cpu-linux-x64";

    /// <summary>libtorch's core libraries in dependency order; preloaded by absolute path so no system libtorch can win.</summary>
    public static readonly IReadOnlyList<string> LibTorchFiles = ["libc10.so", "libtorch_cpu.so", "libtorch.so"];

    /// <summary>
    /// Symbols that carry a too-new GLIBCXX version only as a marker: GCC 13 references
    /// <c>std::ios_base_library_init()</c> from every object that includes &lt;iostream&gt; purely to force a new enough
    /// libstdc++; nothing calls it. A need used only by these may be made weak safely; anything else would crash later.
    /// </summary>
    public static readonly IReadOnlySet<string> MarkerSymbols = new HashSet<string>(StringComparer.Ordinal) { "_ZSt21ios_base_library_initv" };

    private static readonly string[] LibStdCxxCandidates =
    [
        "/usr/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/usr/lib64/libstdc++.so.6",
        "/lib64/libstdc++.so.6",
        "/usr/lib/libstdc++.so.6",
    ];

    private static readonly Lazy<IReadOnlySet<string>> LibStdCxxVersions = new(() =>
        SystemLibStdCxxPath() is { } path ? ElfVersionNeeds.ReadDefinitions(path).ToHashSet(StringComparer.Ordinal) : new HashSet<string>());

    private static readonly object Gate = new();

    public static bool IsLinuxX64 => OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;

    /// <summary>
    /// The libstdc++.so.6 this process binds to: the one already mapped (the .NET runtime links it, so every dependent
    /// library gets this same copy), else the first of the usual distribution paths that exists. Null if none is found.
    /// </summary>
    public static string? SystemLibStdCxxPath()
    {
        if (!OperatingSystem.IsLinux()) return null;
        return MappedFiles().FirstOrDefault(p => Path.GetFileName(p).StartsWith("libstdc++.so", StringComparison.Ordinal) && File.Exists(p))
            ?? LibStdCxxCandidates.FirstOrDefault(File.Exists);
    }

    /// <summary>Files mapped into this process (Linux <c>/proc/self/maps</c>), as canonical paths; empty elsewhere.</summary>
    public static IReadOnlyList<string> MappedFiles()
    {
        try
        {
            return File.ReadLines("/proc/self/maps")
                .Select(line => line.IndexOf('/') is var slash and >= 0 ? line[slash..] : null)
                .OfType<string>()
                .Where(path => !path.EndsWith(" (deleted)", StringComparison.Ordinal))
                .Distinct()
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
    }

    /// <summary>Absolute path with symbolic links resolved and no trailing separator (as /proc/self/maps shows it).</summary>
    private static string Canonical(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (!OperatingSystem.IsLinux()) return full;
        var resolved = realpath(full, IntPtr.Zero);
        if (resolved == IntPtr.Zero) return full;
        try { return Marshal.PtrToStringUTF8(resolved) ?? full; }
        finally { free(resolved); }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath(string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);

    /// <summary>Version names the system libstdc++ defines (GLIBCXX_3.4 … GLIBCXX_3.4.30, CXXABI_1.3 …); empty when there is none.</summary>
    public static IReadOnlySet<string> SystemLibStdCxxVersions() => LibStdCxxVersions.Value;

    /// <summary>Whether the system libstdc++ defines <paramref name="version"/>, e.g. <c>GLIBCXX_3.4.32</c>.</summary>
    public static bool SystemLibStdCxxProvides(string version) => SystemLibStdCxxVersions().Contains(version);

    /// <summary>The NuGet global packages folder: <c>$NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c> (the rule TorchSharp uses too).</summary>
    public static string NuGetPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>
    /// Where a normal app or test process loads libLibTorchSharp.so from: the first native search directory the .NET host
    /// built from the app's deps.json (<c>NATIVE_DLL_SEARCH_DIRECTORIES</c>, e.g. <c>bin/…/runtimes/linux-x64/native/</c>,
    /// or the app folder itself for RID-specific/published builds) that holds it. Null if the app does not carry it.
    /// </summary>
    public static string? AppNativeFolder() =>
        NativeSearchDirectories().FirstOrDefault(dir => File.Exists(Path.Combine(dir, LibTorchSharpFileName)));

    private static IEnumerable<string> NativeSearchDirectories() =>
        (AppContext.GetData("NATIVE_DLL_SEARCH_DIRECTORIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(AppContext.BaseDirectory);

    /// <summary>
    /// Where libc10.so, libtorch_cpu.so and libtorch.so are for a TorchSharp native folder: that folder itself when it holds
    /// them (build output, TorchSharp's consolidated "cpu" folder), else, for the NuGet cache layout
    /// <c>…/torchsharp/VER/runtimes/linux-x64/native</c>, the sibling <c>…/libtorch-cpu-linux-x64/VER/runtimes/linux-x64/native</c>
    /// (the version libtorch-cpu's package asks for when several are restored). Null when nothing fits.
    /// </summary>
    public static string? FindLibTorchFolder(string torchSharpNativeFolder)
    {
        static bool HasAll(string dir) => LibTorchFiles.All(f => File.Exists(Path.Combine(dir, f)));

        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(torchSharpNativeFolder));
        if (HasAll(folder)) return folder;

        // folder = <packages>/torchsharp/<version>/runtimes/linux-x64/native
        var packages = Path.GetFullPath(Path.Combine(folder, "..", "..", "..", "..", ".."));
        var packageRoot = Path.Combine(packages, LibTorchPackageId);
        if (!Directory.Exists(packageRoot)) return null;
        var candidates = Directory.GetDirectories(packageRoot)
            .Select(versionDir => (Version: Path.GetFileName(versionDir), Native: Path.Combine(versionDir, "runtimes", "linux-x64", "native")))
            .Where(c => HasAll(c.Native))
            .ToList();
        if (candidates.Count <= 1) return candidates.FirstOrDefault().Native;

        // Several libtorch versions restored: take the one the libtorch-cpu meta-package of the matching torchsharp-cpu names.
        var torchSharpVersion = Path.GetFileName(Path.GetFullPath(Path.Combine(folder, "..", "..", "..")));
        var wanted = DependencyVersion(Path.Combine(packages, "torchsharp-cpu", torchSharpVersion, "torchsharp-cpu.nuspec"), "libtorch-cpu");
        return candidates.FirstOrDefault(c => string.Equals(c.Version, wanted, StringComparison.OrdinalIgnoreCase)).Native;
    }

    private static string? DependencyVersion(string nuspec, string id)
    {
        if (!File.Exists(nuspec)) return null;
        var document = System.Xml.Linq.XDocument.Load(nuspec);
        return document.Descendants()
            .Where(e => e.Name.LocalName == "dependency" && string.Equals((string?)e.Attribute("id"), id, StringComparison.OrdinalIgnoreCase))
            .Select(e => (string?)e.Attribute("version"))
            .FirstOrDefault()?.Trim('[', ']', '(', ')');
    }

    /// <summary>
    /// On Linux x64: (1) if libLibTorchSharp.so in <paramref name="nativeFolder"/> needs libstdc++ versions the system lacks and
    /// only marker symbols use them, marks those needs weak in place (idempotent; writes by atomic rename); (2) loads
    /// libc10.so, libtorch_cpu.so and libtorch.so by absolute path from <paramref name="libTorchFolder"/> (default:
    /// <see cref="FindLibTorchFolder"/>), so TorchSharp's later by-name loads bind to exactly these; (3) turns libtorch's
    /// oneDNN kernels off (<see cref="OneDnnSwitch"/>: NaN convolution gradients on AVX-512); (4) raises glibc's malloc
    /// thresholds (<see cref="MallocTuning"/>: libtorch's own convolutions are about 2× slower without). Pass the folder TorchSharp
    /// itself will load from: loading a second copy of libtorch from elsewhere aborts with "multiple backend fallbacks".
    /// Returns a short report. Elsewhere returns at once.
    /// </summary>
    /// <exception cref="FileNotFoundException">libLibTorchSharp.so or the libtorch libraries are not where they should be.</exception>
    /// <exception cref="InvalidOperationException">libtorch is already loaded in this process from a different folder, or the app
    /// carries its own libtorch (in its native search directories) in a different folder; either would mean two copies.</exception>
    public static string Prepare(string nativeFolder, string? libTorchFolder = null)
    {
        if (!IsLinuxX64) return $"TorchSharpNative: nothing to do on {RuntimeInformation.RuntimeIdentifier}.";

        var report = new List<string>();
        var library = Path.GetFullPath(Path.Combine(nativeFolder, LibTorchSharpFileName));
        if (!File.Exists(library)) throw new FileNotFoundException($"TorchSharp's native library is not in {Path.GetFullPath(nativeFolder)}.", library);

        lock (Gate)
        {
            report.Add(FixVersionNeeds(library));

            var folder = libTorchFolder ?? FindLibTorchFolder(nativeFolder)
                ?? throw new FileNotFoundException($"No folder with {string.Join(", ", LibTorchFiles)} found for {Path.GetFullPath(nativeFolder)}; pass libTorchFolder.");
            folder = Canonical(folder);
            foreach (var file in LibTorchFiles)
                if (!File.Exists(Path.Combine(folder, file)))
                    throw new FileNotFoundException($"{file} is not in {folder}.", Path.Combine(folder, file));

            var elsewhere = MappedFiles().Where(m => LibTorchFiles.Contains(Path.GetFileName(m)) && Path.GetDirectoryName(m) != folder).ToList();
            if (elsewhere.Count > 0)
                throw new InvalidOperationException(
                    $"libtorch is already loaded in this process from {Path.GetDirectoryName(elsewhere[0])}; loading it from {folder} too would " +
                    "give two copies (libtorch aborts with \"multiple backend fallbacks\"). Call Prepare before TorchSharp's first use, with the folder TorchSharp loads from.");
            // In an app that carries libtorch itself, TorchSharp loads the copy the host's native search directories point at.
            if (NativeSearchDirectories().Select(Canonical).FirstOrDefault(d => File.Exists(Path.Combine(d, "libtorch_cpu.so"))) is { } appCopy && appCopy != folder)
                throw new InvalidOperationException(
                    $"This app carries libtorch in {appCopy}, which TorchSharp will load; loading it from {folder} as well would give two copies " +
                    "(libtorch aborts with \"multiple backend fallbacks\"). Pass the app's native folder (see AppNativeFolder()).");
            var handles = LibTorchFiles.ToDictionary(file => file, file => NativeLibrary.Load(Path.Combine(folder, file)));
            report.Add($"loaded {string.Join(", ", LibTorchFiles)} from {folder}");
            report.Add(OneDnnSwitch.Apply(handles["libtorch_cpu.so"]));
            report.Add(MallocTuning.Apply());
        }
        return "TorchSharpNative: " + string.Join("; ", report) + ".";
    }

    private static string FixVersionNeeds(string library)
    {
        var available = SystemLibStdCxxVersions();
        if (available.Count == 0) return $"no system libstdc++ found, {LibTorchSharpFileName} left as is";

        var needs = ElfVersionNeeds.Read(library).Where(n => n.File.StartsWith("libstdc++", StringComparison.Ordinal)).ToList();
        var missing = needs.Where(n => !available.Contains(n.Version)).Select(n => n.Version).Distinct().ToList();
        if (missing.Count == 0) return $"system libstdc++ has every version {LibTorchSharpFileName} needs";

        var pending = needs.Where(n => missing.Contains(n.Version) && !n.IsWeak).Select(n => n.Version).Distinct().ToList();
        if (pending.Count == 0) return $"{LibTorchSharpFileName} already treats {string.Join(", ", missing)} as weak";

        var realUsers = pending.SelectMany(v => ElfVersionNeeds.SymbolsUsing(library, v)).Where(s => !MarkerSymbols.Contains(s)).Distinct().ToList();
        if (realUsers.Count > 0)
            return $"WARNING: system libstdc++ lacks {string.Join(", ", pending)} and {string.Join(", ", realUsers.Take(3))} use it; " +
                   $"{LibTorchSharpFileName} left as is and will not load";

        var changed = ElfVersionNeeds.MakeWeak(library, pending);
        return $"system libstdc++ lacks {string.Join(", ", pending)} (used only as a marker): made {changed} need(s) weak in {library}";
    }
}
