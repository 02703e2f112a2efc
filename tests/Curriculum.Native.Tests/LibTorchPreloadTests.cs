namespace Curriculum.Native.Tests;

public sealed class LibTorchPreloadTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("libtorch-preload-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [LinuxX64Fact]
    public void A_folder_without_the_libraries_is_refused_naming_the_missing_file()
    {
        var error = Assert.Throws<FileNotFoundException>(() => LibTorchPreload.Load(_temp));
        Assert.Contains("libc10.so is not in", error.Message);
    }

    [TorchSharpCacheFact]
    public void Loads_libtorch_once_and_refuses_a_second_folder_before_loading_it()
    {
        var libTorch = Needs.CachedLibTorch!;

        Assert.Equal(SystemLibraries.Canonical(libTorch), LibTorchPreload.Load(libTorch));
        Assert.Contains(SystemLibraries.MappedFiles(), m => m == Path.Combine(SystemLibraries.Canonical(libTorch), "libtorch_cpu.so"));

        // Symbolic links to the same files stand in for a second copy; only the folder is compared.
        var elsewhere = Directory.CreateDirectory(Path.Combine(_temp, "elsewhere")).FullName;
        foreach (var f in TorchSharpFolders.LibTorchFiles) File.CreateSymbolicLink(Path.Combine(elsewhere, f), Path.Combine(libTorch, f));
        var conflict = Assert.Throws<InvalidOperationException>(() => LibTorchPreload.Load(elsewhere));
        Assert.Contains("already loaded in this process from", conflict.Message);
    }
}
