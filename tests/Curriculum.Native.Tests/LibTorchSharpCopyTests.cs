namespace Curriculum.Native.Tests;

/// <summary>The patched copy is made in a folder of ours, reused, renewed when the original changes, and the original is never written.</summary>
public sealed class LibTorchSharpCopyTests : IDisposable
{
    private const string TooNew = ElfVersionNeedsTests.TooNew;
    private readonly string _temp = Directory.CreateTempSubdirectory("libtorchsharp-copy-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>A stand-in for the NuGet cache: the published file in a folder made read-only afterwards.</summary>
    private string PristineCache()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp, "cache")).FullName;
        var original = Path.Combine(folder, TorchSharpFolders.LibTorchSharpFileName);
        ElfVersionNeedsTests.CopyAsPublished(original);
        File.SetUnixFileMode(original, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        return original;
    }

    [TorchSharpCacheFact]
    public void The_original_is_left_as_it_was_and_the_copy_is_patched_only_where_needed()
    {
        var original = PristineCache();
        var bytes = File.ReadAllBytes(original);
        var stamp = File.GetLastWriteTimeUtc(original);
        var copies = Path.Combine(_temp, "copies");

        var (path, report) = LibTorchSharpCopy.Loadable(original, copies);

        Assert.Equal(bytes, File.ReadAllBytes(original));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(original));
        if (SystemLibraries.SystemLibStdCxxProvides(TooNew))
        {
            Assert.Equal(original, path); // a new enough libstdc++: nothing to patch, no copy
            Assert.False(Directory.Exists(copies));
            return;
        }
        Assert.StartsWith(copies + Path.DirectorySeparatorChar, path);
        Assert.Contains("wrote a patched copy", report);
        Assert.True(Assert.Single(ElfVersionNeeds.Read(path), n => n.Version == TooNew).IsWeak);
        Assert.False(Assert.Single(ElfVersionNeeds.Read(original), n => n.Version == TooNew).IsWeak);
        Assert.Empty(Directory.GetFiles(copies, "*.tmp", SearchOption.AllDirectories));
    }

    [LibStdCxxFixFact]
    public void A_second_process_reuses_the_copy_and_a_changed_original_gets_a_new_one()
    {
        var original = Path.Combine(Directory.CreateDirectory(Path.Combine(_temp, "cache")).FullName, TorchSharpFolders.LibTorchSharpFileName);
        ElfVersionNeedsTests.CopyAsPublished(original);
        var copies = Path.Combine(_temp, "copies");

        var (first, _) = LibTorchSharpCopy.Loadable(original, copies);
        var written = File.GetLastWriteTimeUtc(first);
        var (again, report) = LibTorchSharpCopy.Loadable(original, copies);

        Assert.Equal(first, again);
        Assert.Equal(written, File.GetLastWriteTimeUtc(again));
        Assert.Contains("loading the patched copy", report);

        File.SetLastWriteTimeUtc(original, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc)); // as an updated package would
        var (renewed, _) = LibTorchSharpCopy.Loadable(original, copies);
        Assert.NotEqual(first, renewed);
        Assert.True(File.Exists(renewed));
    }

    [LinuxX64Fact]
    public void A_library_that_needs_nothing_missing_is_used_as_it_is()
    {
        var libc = SystemLibraries.MappedFiles().First(m => Path.GetFileName(m).StartsWith("libstdc++.so", StringComparison.Ordinal));

        var (path, report) = LibTorchSharpCopy.Loadable(libc, Path.Combine(_temp, "copies"));

        Assert.Equal(libc, path);
        Assert.Contains("has every version", report);
    }
}

/// <summary>A fact that needs the GLIBCXX fix to apply: TorchSharp restored and a system libstdc++ without GLIBCXX_3.4.32 (Debian 12).</summary>
public sealed class LibStdCxxFixFactAttribute : FactAttribute
{
    public LibStdCxxFixFactAttribute()
    {
        if (new TorchSharpCacheFactAttribute().Skip is { } skip) Skip = skip;
        else if (SystemLibraries.SystemLibStdCxxProvides(ElfVersionNeedsTests.TooNew))
            Skip = $"the system libstdc++ has {ElfVersionNeedsTests.TooNew}: no patched copy is made on this machine";
    }
}
