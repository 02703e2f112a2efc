namespace Curriculum.Native;

/// <summary>
/// Where TorchSharp's native files are: libLibTorchSharp.so (the torchsharp package, or an app's build output) and
/// libtorch's core libraries (the libtorch-cpu-linux-x64 package, or the same build output).
/// </summary>
public static class TorchSharpFolders
{
    public const string LibTorchSharpFileName = "libLibTorchSharp.so";
    public const string LibTorchPackageId = "libtorch-cpu-linux-x64";

    /// <summary>libtorch's core libraries in dependency order; preloaded by absolute path so no system libtorch can win.</summary>
    public static readonly IReadOnlyList<string> LibTorchFiles = ["libc10.so", "libtorch_cpu.so", "libtorch.so"];

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

    internal static IEnumerable<string> NativeSearchDirectories() =>
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
}
