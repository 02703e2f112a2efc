using System.Text.RegularExpressions;

namespace Curriculum.Native.Tests;

public sealed class SystemLibrariesTests
{
    private const string TooNew = ElfVersionNeedsTests.TooNew;

    private static bool IsDebian12() =>
        File.Exists("/etc/os-release") && File.ReadAllText("/etc/os-release") is var release
        && release.Contains("ID=debian") && release.Contains("VERSION_ID=\"12\"");

    [LinuxX64Fact]
    public void Finds_the_libstdcxx_this_process_uses_and_its_versions()
    {
        var path = SystemLibraries.SystemLibStdCxxPath();

        Assert.NotNull(path);
        // The .NET runtime itself links libstdc++, so it is mapped into this process already.
        Assert.Contains(File.ReadLines("/proc/self/maps"), line => line.EndsWith(path));
        var versions = SystemLibraries.SystemLibStdCxxVersions();
        Assert.Contains("GLIBCXX_3.4", versions);
        // Agree with binutils on the two versions that matter here.
        if (ElfVersionNeedsTests.ReadElf(path) is { } readelf)
        {
            var defined = Regex.Matches(readelf, @"Index: \d+\s+Cnt: \d+\s+Name: (GLIBCXX_\S+)").Select(m => m.Groups[1].Value).ToHashSet();
            Assert.Equal(defined.Contains("GLIBCXX_3.4.30"), SystemLibraries.SystemLibStdCxxProvides("GLIBCXX_3.4.30"));
            Assert.Equal(defined.Contains(TooNew), SystemLibraries.SystemLibStdCxxProvides(TooNew));
        }
        if (IsDebian12())
        {
            Assert.True(SystemLibraries.SystemLibStdCxxProvides("GLIBCXX_3.4.30"));
            Assert.False(SystemLibraries.SystemLibStdCxxProvides(TooNew));
        }
    }

    [LinuxX64Fact]
    public void Mapped_files_and_canonical_paths_agree_with_the_proc_file_system()
    {
        var mapped = SystemLibraries.MappedFiles();

        Assert.Contains(mapped, m => Path.GetFileName(m).StartsWith("libc.so", StringComparison.Ordinal));
        Assert.All(mapped, m => Assert.StartsWith("/", m));
        var temp = Directory.CreateTempSubdirectory("canonical-").FullName;
        try
        {
            var link = Path.Combine(temp, "link");
            Directory.CreateSymbolicLink(link, "/usr");
            Assert.Equal("/usr", SystemLibraries.Canonical(link + "/"));
        }
        finally { Directory.Delete(temp, recursive: true); }
    }
}
