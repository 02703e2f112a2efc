using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Curriculum.Kernel.Native;

namespace Curriculum.Kernel.Tests.Native;

/// <summary>
/// Uses the restored TorchSharp 0.107.0 / libtorch-cpu-linux-x64 packages from the NuGet cache (read only: patches go to
/// temp copies). Tests return early where those are absent or the OS is not Linux x64.
/// </summary>
public sealed class TorchSharpNativeTests : IDisposable
{
    private const string TooNew = ElfVersionNeedsTests.TooNew;
    private readonly string _temp = Directory.CreateTempSubdirectory("torchsharp-native-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string? CachedLibTorch()
    {
        var folder = Path.Combine(TorchSharpNative.NuGetPackagesFolder(), TorchSharpNative.LibTorchPackageId, "2.10.0", "runtimes", "linux-x64", "native");
        return TorchSharpNative.LibTorchFiles.All(f => File.Exists(Path.Combine(folder, f))) ? folder : null;
    }

    private string CopyLibTorchSharpTo(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp, name)).FullName;
        ElfVersionNeedsTests.CopyAsPublished(Path.Combine(folder, TorchSharpNative.LibTorchSharpFileName));
        return folder;
    }

    private static bool IsDebian12() =>
        File.Exists("/etc/os-release") && File.ReadAllText("/etc/os-release") is var release
        && release.Contains("ID=debian") && release.Contains("VERSION_ID=\"12\"");

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int GetNumThreads();

    [Fact]
    public void Finds_the_libstdcxx_this_process_uses_and_its_versions()
    {
        if (!TorchSharpNative.IsLinuxX64) return;

        var path = TorchSharpNative.SystemLibStdCxxPath();

        Assert.NotNull(path);
        // The .NET runtime itself links libstdc++, so it is mapped into this process already.
        Assert.Contains(File.ReadLines("/proc/self/maps"), line => line.EndsWith(path));
        var versions = TorchSharpNative.SystemLibStdCxxVersions();
        Assert.Contains("GLIBCXX_3.4", versions);
        // Agree with binutils on the two versions that matter here.
        if (ElfVersionNeedsTests.ReadElf(path) is { } readelf)
        {
            var defined = Regex.Matches(readelf, @"Index: \d+\s+Cnt: \d+\s+Name: (GLIBCXX_\S+)").Select(m => m.Groups[1].Value).ToHashSet();
            Assert.Equal(defined.Contains("GLIBCXX_3.4.30"), TorchSharpNative.SystemLibStdCxxProvides("GLIBCXX_3.4.30"));
            Assert.Equal(defined.Contains(TooNew), TorchSharpNative.SystemLibStdCxxProvides(TooNew));
        }
        if (IsDebian12())
        {
            Assert.True(TorchSharpNative.SystemLibStdCxxProvides("GLIBCXX_3.4.30"));
            Assert.False(TorchSharpNative.SystemLibStdCxxProvides(TooNew));
        }
    }

    [Fact]
    public void Finds_the_libtorch_package_next_to_the_torchsharp_package_in_the_NuGet_cache()
    {
        if (ElfVersionNeedsTests.CachedTorchSharpNative() is not { } torchSharp || CachedLibTorch() is not { } libTorch) return;

        Assert.Equal(libTorch, TorchSharpNative.FindLibTorchFolder(torchSharp));
    }

    [Fact]
    public void FindLibTorchFolder_prefers_the_same_folder_then_the_version_torchsharp_cpu_asks_for()
    {
        var packages = Path.Combine(_temp, "packages");
        string Native(string id, string version) =>
            Directory.CreateDirectory(Path.Combine(packages, id, version, "runtimes", "linux-x64", "native")).FullName;
        void Touch(string folder) { foreach (var f in TorchSharpNative.LibTorchFiles) File.WriteAllText(Path.Combine(folder, f), ""); }

        var torchSharp = Native("torchsharp", "0.107.0");
        Assert.Null(TorchSharpNative.FindLibTorchFolder(torchSharp));

        var older = Native(TorchSharpNative.LibTorchPackageId, "2.9.0");
        Touch(older);
        Assert.Equal(older, TorchSharpNative.FindLibTorchFolder(torchSharp)); // the only one

        var wanted = Native(TorchSharpNative.LibTorchPackageId, "2.10.0");
        Touch(wanted);
        Directory.CreateDirectory(Path.Combine(packages, "torchsharp-cpu", "0.107.0"));
        File.WriteAllText(Path.Combine(packages, "torchsharp-cpu", "0.107.0", "torchsharp-cpu.nuspec"),
            """
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd"><metadata><dependencies><group targetFramework="net8.0">
              <dependency id="libtorch-cpu" version="2.10.0" exclude="Build,Analyzers" />
              <dependency id="TorchSharp" version="0.107.0" exclude="Build,Analyzers" />
            </group></dependencies></metadata></package>
            """);
        Assert.Equal(wanted, TorchSharpNative.FindLibTorchFolder(torchSharp));

        Touch(torchSharp); // build output / consolidated folder: everything side by side
        Assert.Equal(torchSharp, TorchSharpNative.FindLibTorchFolder(torchSharp));
    }

    [Fact]
    public void Prepare_refuses_a_folder_without_libLibTorchSharp()
    {
        if (!TorchSharpNative.IsLinuxX64) return;

        var error = Assert.Throws<FileNotFoundException>(() => TorchSharpNative.Prepare(_temp));
        Assert.Contains(_temp, error.Message);
    }

    [Fact]
    public void Prepare_makes_a_copy_loadable_that_otherwise_fails_on_GLIBCXX()
    {
        if (!TorchSharpNative.IsLinuxX64 || ElfVersionNeedsTests.CachedTorchSharpNative() is null || CachedLibTorch() is not { } libTorch) return;
        var untouched = CopyLibTorchSharpTo("untouched");
        var prepared = CopyLibTorchSharpTo("prepared");
        var needsFix = !TorchSharpNative.SystemLibStdCxxProvides(TooNew);

        var report = TorchSharpNative.Prepare(prepared, libTorch);

        Assert.Contains("loaded libc10.so, libtorch_cpu.so, libtorch.so from /", report);
        if (Environment.GetEnvironmentVariable(OneDnnSwitch.KeepVariable) != "1") Assert.Contains("oneDNN turned off", report);
        Assert.Contains(TorchSharpNative.MappedFiles(), m => m.EndsWith("/libtorch_cpu.so"));
        Assert.Equal(needsFix, Assert.Single(ElfVersionNeeds.Read(Path.Combine(prepared, TorchSharpNative.LibTorchSharpFileName)), n => n.Version == TooNew).IsWeak);
        if (needsFix)
        {
            Assert.Contains($"lacks {TooNew}", report);
            Assert.Contains("made 1 need(s) weak", report);
            // libtorch is loaded now, so the only thing left to fail on for the unpatched copy is the version need.
            var error = Assert.ThrowsAny<Exception>(() => NativeLibrary.Load(Path.Combine(untouched, TorchSharpNative.LibTorchSharpFileName)));
            Assert.Contains($"version `{TooNew}' not found", error.Message);
        }

        var handle = NativeLibrary.Load(Path.Combine(prepared, TorchSharpNative.LibTorchSharpFileName));
        var threads = Marshal.GetDelegateForFunctionPointer<GetNumThreads>(NativeLibrary.GetExport(handle, "THSTorch_get_num_threads"))();
        Assert.True(threads > 0, $"libtorch reports {threads} threads");

        // Second call (spelled with trailing slashes): nothing left to patch, libtorch already loaded from that same folder.
        var bytes = File.ReadAllBytes(Path.Combine(prepared, TorchSharpNative.LibTorchSharpFileName));
        var again = TorchSharpNative.Prepare(prepared + "/", libTorch + "/");
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(prepared, TorchSharpNative.LibTorchSharpFileName)));
        Assert.DoesNotContain("made", again);
        if (needsFix) Assert.Contains($"already treats {TooNew} as weak", again);

        // A different libtorch folder in the same process would mean two copies of libtorch: refused before loading.
        // (Symbolic links to the same files stand in for a second copy; only the folder is compared.)
        var elsewhere = Directory.CreateDirectory(Path.Combine(_temp, "elsewhere")).FullName;
        foreach (var f in TorchSharpNative.LibTorchFiles) File.CreateSymbolicLink(Path.Combine(elsewhere, f), Path.Combine(libTorch, f));
        var conflict = Assert.Throws<InvalidOperationException>(() => TorchSharpNative.Prepare(prepared, elsewhere));
        Assert.Contains("already loaded in this process from", conflict.Message);
        Assert.Contains(elsewhere, conflict.Message);
    }
}
