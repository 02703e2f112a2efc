using System.Runtime.InteropServices;

namespace Curriculum.Native;

/// <summary>What this process has loaded and which libstdc++ it binds to (Linux; empty answers elsewhere).</summary>
public static class SystemLibraries
{
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

    /// <summary>The only platform whose native fixes this layer applies (TorchSharp's Linux package is x64 only).</summary>
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

    /// <summary>Version names the system libstdc++ defines (GLIBCXX_3.4 … GLIBCXX_3.4.30, CXXABI_1.3 …); empty when there is none.</summary>
    public static IReadOnlySet<string> SystemLibStdCxxVersions() => LibStdCxxVersions.Value;

    /// <summary>Whether the system libstdc++ defines <paramref name="version"/>, e.g. <c>GLIBCXX_3.4.32</c>.</summary>
    public static bool SystemLibStdCxxProvides(string version) => SystemLibStdCxxVersions().Contains(version);

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
    public static string Canonical(string path)
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
}
