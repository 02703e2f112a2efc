namespace Curriculum.Native.Tests;

public sealed class TorchSharpFoldersTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("torchsharp-folders-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [TorchSharpCacheFact]
    public void Finds_the_libtorch_package_next_to_the_torchsharp_package_in_the_NuGet_cache() =>
        Assert.Equal(Needs.CachedLibTorch, TorchSharpFolders.FindLibTorchFolder(Needs.CachedTorchSharpNative!));

    [Fact]
    public void FindLibTorchFolder_prefers_the_same_folder_then_the_version_torchsharp_cpu_asks_for()
    {
        var packages = Path.Combine(_temp, "packages");
        string Native(string id, string version) =>
            Directory.CreateDirectory(Path.Combine(packages, id, version, "runtimes", "linux-x64", "native")).FullName;
        void Touch(string folder) { foreach (var f in TorchSharpFolders.LibTorchFiles) File.WriteAllText(Path.Combine(folder, f), ""); }

        var torchSharp = Native("torchsharp", "0.107.0");
        Assert.Null(TorchSharpFolders.FindLibTorchFolder(torchSharp));

        var older = Native(TorchSharpFolders.LibTorchPackageId, "2.9.0");
        Touch(older);
        Assert.Equal(older, TorchSharpFolders.FindLibTorchFolder(torchSharp)); // the only one

        var wanted = Native(TorchSharpFolders.LibTorchPackageId, "2.10.0");
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
        Assert.Equal(wanted, TorchSharpFolders.FindLibTorchFolder(torchSharp));

        Touch(torchSharp); // build output / consolidated folder: everything side by side
        Assert.Equal(torchSharp, TorchSharpFolders.FindLibTorchFolder(torchSharp));
    }

    [Fact]
    public void The_NuGet_folder_follows_NUGET_PACKAGES_like_TorchSharp_does() =>
        Assert.Equal(Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
            TorchSharpFolders.NuGetPackagesFolder());
}
