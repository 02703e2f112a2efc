using System.Runtime.InteropServices;

namespace Curriculum.Native.Tests;

/// <summary>
/// Prepare for real, in this test process (<see cref="PreparedTorchSharp"/>): libtorch from the NuGet cache,
/// libLibTorchSharp.so from a pristine copy of the cache's file (the cache itself is only read).
/// </summary>
public sealed class TorchSharpNativeTests : IDisposable
{
    private const string TooNew = ElfVersionNeedsTests.TooNew;
    private readonly string _temp = Directory.CreateTempSubdirectory("torchsharp-native-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int GetNumThreads();

    [LinuxX64Fact]
    public void Prepare_refuses_a_folder_without_libLibTorchSharp()
    {
        var error = Assert.Throws<FileNotFoundException>(() => TorchSharpNative.Prepare(_temp));
        Assert.Contains(_temp, error.Message);
    }

    [TorchSharpCacheFact]
    public void Prepare_loads_a_patched_copy_that_a_by_name_load_then_finds_and_leaves_the_original_alone()
    {
        var prepared = PreparedTorchSharp.Value;
        var (report, cache, copies, original) = (prepared.Report, prepared.Cache, prepared.Copies, prepared.Original);
        var needsFix = !SystemLibraries.SystemLibStdCxxProvides(TooNew);

        Assert.Contains("loaded libc10.so, libtorch_cpu.so, libtorch.so from /", report);
        Assert.Equal(report, TorchSharpNative.LastReport);
        Assert.Equal(prepared.OriginalBytes, File.ReadAllBytes(original));
        Assert.Contains(ScalarFreeDelay.Report!, report);
        var loaded = SystemLibraries.MappedFiles().Where(m => Path.GetFileName(m) == TorchSharpFolders.LibTorchSharpFileName).ToList();
        var expected = needsFix ? Assert.Single(Directory.GetFiles(copies, TorchSharpFolders.LibTorchSharpFileName, SearchOption.AllDirectories)) : original;
        Assert.Contains(SystemLibraries.Canonical(expected), loaded);
        if (needsFix)
        {
            Assert.Contains($"lacks {TooNew}", report);
            // The original would not load here: only the version need stands in its way, libtorch being loaded.
            var error = Assert.ThrowsAny<Exception>(() => NativeLibrary.Load(original));
            Assert.Contains($"version `{TooNew}' not found", error.Message);
        }

        // What the .NET runtime does last when TorchSharp asks for "LibTorchSharp": dlopen of the bare file name, which
        // glibc answers with the library of that soname already loaded, i.e. the copy.
        var byName = NativeLibrary.Load(TorchSharpFolders.LibTorchSharpFileName);
        Assert.Equal(NativeLibrary.Load(expected), byName);
        var threads = Marshal.GetDelegateForFunctionPointer<GetNumThreads>(NativeLibrary.GetExport(byName, "THSTorch_get_num_threads"))();
        Assert.True(threads > 0, $"libtorch reports {threads} threads");

        // A second call (spelled with trailing slashes) writes nothing and loads nothing new.
        var files = Directory.Exists(copies) ? Directory.GetFiles(copies, "*", SearchOption.AllDirectories) : [];
        var again = TorchSharpNative.Prepare(cache + "/", prepared.LibTorch + "/", copies);
        Assert.Equal(files, Directory.Exists(copies) ? Directory.GetFiles(copies, "*", SearchOption.AllDirectories) : []);
        Assert.DoesNotContain("wrote", again);
    }
}
