using System.Diagnostics;
using Curriculum.Native;

namespace Curriculum.Native.Tests;

/// <summary>
/// Real ELF files: TorchSharp's libLibTorchSharp.so from the NuGet cache (copied to a temp folder, never patched in place)
/// and the system libstdc++. Tests that need them are skipped, with the reason, when they are absent (other OS, no restore).
/// </summary>
public sealed class ElfVersionNeedsTests : IDisposable
{
    internal const string TooNew = "GLIBCXX_3.4.32";
    private readonly string _temp = Directory.CreateTempSubdirectory("elf-needs-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string CopyOfLibTorchSharp()
    {
        var copy = Path.Combine(_temp, TorchSharpFolders.LibTorchSharpFileName);
        CopyAsPublished(copy);
        return copy;
    }

    /// <summary>
    /// Copies the cached libLibTorchSharp.so as the package ships it. Earlier versions of this project patched the cache's
    /// copy in place, so a weak flag found there is cleared again in the copy (vna_flags back to 0).
    /// </summary>
    internal static void CopyAsPublished(string destination)
    {
        File.Copy(Path.Combine(Needs.CachedTorchSharpNative!, TorchSharpFolders.LibTorchSharpFileName), destination);
        foreach (var need in ElfVersionNeeds.Read(destination).Where(n => n.Version == TooNew && n.IsWeak))
        {
            using var file = new FileStream(destination, FileMode.Open, FileAccess.ReadWrite);
            file.Position = need.FlagsOffset;
            file.Write(BitConverter.GetBytes((ushort)(need.Flags & ~2)));
        }
    }

    /// <summary>`readelf -V` output, or null when binutils is not installed.</summary>
    internal static string? ReadElf(string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("readelf", ["-V", "-W", path]) { RedirectStandardOutput = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception) { return null; }
    }

    [TorchSharpCacheFact]
    public void Reads_the_version_needs_of_libLibTorchSharp()
    {
        var copy = CopyOfLibTorchSharp();

        var needs = ElfVersionNeeds.Read(copy);

        var need = Assert.Single(needs, n => n.Version == TooNew);
        Assert.Equal("libstdc++.so.6", need.File);
        Assert.Equal(0, need.Flags);
        Assert.False(need.IsWeak);
        Assert.Contains(needs, n => n is { File: "libc.so.6", Version: "GLIBC_2.2.5" });
        Assert.Contains(needs, n => n is { File: "libstdc++.so.6", Version: "GLIBCXX_3.4.30" });
        // Same entries, in the same order, as binutils reports.
        if (ReadElf(copy) is { } readelf)
        {
            var fromReadElf = System.Text.RegularExpressions.Regex.Matches(readelf, @"Name: (\S+)\s+Flags: (\S+)\s+Version: (\d+)")
                .Select(m => (m.Groups[1].Value, m.Groups[3].Value)).ToList();
            Assert.Equal(fromReadElf, needs.Select(n => (n.Version, n.Index.ToString())).ToList());
        }
    }

    [TorchSharpCacheFact]
    public void Only_the_ios_base_library_init_marker_uses_GLIBCXX_3_4_32()
    {
        var copy = CopyOfLibTorchSharp();

        Assert.Equal(["_ZSt21ios_base_library_initv"], ElfVersionNeeds.SymbolsUsing(copy, TooNew));
        Assert.NotEmpty(ElfVersionNeeds.SymbolsUsing(copy, "GLIBCXX_3.4.30")); // real functions use the older ones
    }

    [TorchSharpCacheFact]
    public void MakeWeak_sets_the_weak_flag_once_and_then_is_a_no_op()
    {
        var copy = CopyOfLibTorchSharp();
        var original = File.ReadAllBytes(copy);

        Assert.Equal(1, ElfVersionNeeds.MakeWeak(copy, TooNew));
        var once = File.ReadAllBytes(copy);
        var writeTime = File.GetLastWriteTimeUtc(copy);
        Assert.Equal(0, ElfVersionNeeds.MakeWeak(copy, TooNew));

        Assert.Equal(once, File.ReadAllBytes(copy));
        Assert.Equal(writeTime, File.GetLastWriteTimeUtc(copy));
        var need = Assert.Single(ElfVersionNeeds.Read(copy), n => n.Version == TooNew);
        Assert.Equal(ElfVersionNeeds.VerFlagWeak, need.Flags);
        Assert.All(ElfVersionNeeds.Read(copy).Where(n => n.Version != TooNew), n => Assert.False(n.IsWeak));
        Assert.Empty(Directory.GetFiles(_temp, "*.tmp", SearchOption.AllDirectories)); // no temp file left behind
        if (ReadElf(copy) is { } readelf)
            Assert.Matches(@"Name: GLIBCXX_3\.4\.32\s+Flags: WEAK\s", readelf);
    }

    [TorchSharpCacheFact]
    public void MakeWeak_changes_only_the_low_byte_of_that_vna_flags_field()
    {
        var copy = CopyOfLibTorchSharp();
        var original = File.ReadAllBytes(copy);
        var offset = Assert.Single(ElfVersionNeeds.Read(copy), n => n.Version == TooNew).FlagsOffset;

        ElfVersionNeeds.MakeWeak(copy, TooNew);

        var patched = File.ReadAllBytes(copy);
        Assert.Equal(original.Length, patched.Length);
        var differing = Enumerable.Range(0, original.Length).Where(i => original[i] != patched[i]).ToList();
        // vna_flags is a 2-byte little-endian field; 0x0000 -> 0x0002 changes its low byte only.
        Assert.Equal([(int)offset], differing);
        Assert.Equal(0, original[offset]);
        Assert.Equal(2, patched[offset]);
        Assert.Equal(original[offset + 1], patched[offset + 1]);
    }

    [TorchSharpCacheFact]
    public void MakeWeak_replaces_the_file_instead_of_writing_into_it()
    {
        var copy = CopyOfLibTorchSharp();
        // A hard link stands in for the NuGet cache: patching one name must not alter what the other name points at.
        var other = Path.Combine(_temp, "other-link.so");
        Assert.Equal(0, link(copy, other));
        File.SetUnixFileMode(copy, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead);
        var mode = File.GetUnixFileMode(copy);

        Assert.Equal(1, ElfVersionNeeds.MakeWeak(copy, TooNew));

        Assert.False(Assert.Single(ElfVersionNeeds.Read(other), n => n.Version == TooNew).IsWeak);
        Assert.True(Assert.Single(ElfVersionNeeds.Read(copy), n => n.Version == TooNew).IsWeak);
        Assert.Equal(mode, File.GetUnixFileMode(copy));
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int link(string oldPath, string newPath);

    [TorchSharpCacheFact]
    public void MakeWeak_of_an_unknown_version_changes_nothing()
    {
        var copy = CopyOfLibTorchSharp();
        var before = File.ReadAllBytes(copy);

        Assert.Equal(0, ElfVersionNeeds.MakeWeak(copy, "GLIBCXX_9.9.9"));

        Assert.Equal(before, File.ReadAllBytes(copy));
    }

    [LinuxX64Fact]
    public void Reads_the_version_definitions_of_the_system_libstdcxx()
    {
        var libstdcxx = SystemLibraries.SystemLibStdCxxPath();
        Assert.NotNull(libstdcxx);

        var definitions = ElfVersionNeeds.ReadDefinitions(libstdcxx);

        Assert.Contains("GLIBCXX_3.4", definitions);
        Assert.Contains("CXXABI_1.3", definitions);
        Assert.DoesNotContain("libstdc++.so.6", definitions); // the base (soname) entry is not a version
        if (ReadElf(libstdcxx) is { } readelf)
        {
            var fromReadElf = System.Text.RegularExpressions.Regex.Matches(readelf, @"Flags: none\s+Index: \d+\s+Cnt: \d+\s+Name: (\S+)")
                .Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(fromReadElf, definitions);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("just some text, definitely not an ELF shared object at all; long enough to pass a header length check.")]
    public void Non_ELF_input_throws_naming_the_file(string content)
    {
        var path = Path.Combine(_temp, "not-elf.so");
        File.WriteAllText(path, content);

        var error = Assert.Throws<InvalidDataException>(() => ElfVersionNeeds.Read(path));
        Assert.Contains(path, error.Message);
        error = Assert.Throws<InvalidDataException>(() => ElfVersionNeeds.MakeWeak(path, TooNew));
        Assert.Contains(path, error.Message);
        Assert.Equal(content, File.ReadAllText(path));
    }

    [Fact]
    public void A_32_bit_or_big_endian_ELF_is_refused_clearly()
    {
        var path = Path.Combine(_temp, "elf32.so");
        var header = new byte[64];
        header[0] = 0x7f; header[1] = (byte)'E'; header[2] = (byte)'L'; header[3] = (byte)'F';
        header[4] = 1; header[5] = 1; // ELFCLASS32, little-endian
        File.WriteAllBytes(path, header);
        Assert.Contains("ELFCLASS64", Assert.Throws<InvalidDataException>(() => ElfVersionNeeds.Read(path)).Message);

        header[4] = 2; header[5] = 2; // ELFCLASS64, big-endian
        File.WriteAllBytes(path, header);
        Assert.Contains("little-endian", Assert.Throws<InvalidDataException>(() => ElfVersionNeeds.Read(path)).Message);
    }

    [TorchSharpCacheFact]
    public void A_truncated_ELF_is_refused_naming_the_file()
    {
        var folder = Needs.CachedTorchSharpNative!;
        var path = Path.Combine(_temp, "truncated.so");
        using (var source = File.OpenRead(Path.Combine(folder, TorchSharpFolders.LibTorchSharpFileName)))
        using (var target = File.Create(path))
        {
            var buffer = new byte[4096];
            source.ReadExactly(buffer);
            target.Write(buffer); // header present, section headers (at the end of the file) cut off
        }

        var error = Assert.Throws<InvalidDataException>(() => ElfVersionNeeds.Read(path));
        Assert.Contains(path, error.Message);
    }
}
