using Curriculum.Data;
using Curriculum.Models;
using Curriculum.Tests.Support;
using Curriculum.Vision;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class EsrganSlimTests
{
    private static (double MeanAbs, double Max, double Within1) CompareWithPackageSample(double inputRange)
    {
        var input = PngImage.Load("esrgan-slim/fixture.png");
        var expected = PngImage.Load("esrgan-slim/x2/result.png");
        Assert.Equal((input.Width * 2, input.Height * 2), (expected.Width, expected.Height));
        using var model = EsrganSlim.Load(DataFiles.PathOf("esrgan-slim/x2/model.json"), inputRange);
        var output = model.Upscale(input.ToRgbPlanes(), input.Width, input.Height);
        var want = expected.ToRgbPlanes();
        var diffs = output.Zip(want).Select(p => Math.Abs(Math.Round(p.First * 255) - Math.Round(p.Second * 255))).ToArray();
        return (diffs.Average(), diffs.Max(), diffs.Count(d => d <= 1) / (double)diffs.Length);
    }

    [Fact]
    public void Loaded_weights_reproduce_the_packages_own_sample_output()
    {
        // The npm package ships assets/fixture.png and its x2 output assets/samples/2x/result.png (made by UpscalerJS
        // with TF.js). Our TorchSharp forward pass, on values 0-255 as the package declares, must give the same pixels.
        var (meanAbs, max, within1) = CompareWithPackageSample(255);
        Assert.True(meanAbs <= 0.5 && within1 >= 0.99,
            $"mean |difference| {meanAbs:0.000} grey levels, max {max}, share within 1 level {within1:0.0000}");
    }

    [Fact]
    public void The_declared_input_range_fits_better_than_zero_to_one()
    {
        // The network is linear apart from its biases and ReLUs, so feeding 0-1 instead of 0-255 changes the output only
        // through them; it must still fit the package's output measurably worse than the declared range.
        var right = CompareWithPackageSample(255);
        var wrong = CompareWithPackageSample(1);
        Assert.True(wrong.MeanAbs > right.MeanAbs + 0.1, $"0-255: {right}; 0-1: {wrong}");
    }

    [Fact]
    public void Output_is_twice_the_size_and_an_untrained_net_has_the_packages_weight_count()
    {
        using var model = new EsrganSlim();
        Assert.Equal(222_075, model.parameters().Sum(p => p.numel())); // 888,300 bytes of float32 in the shard
        using var x = rand(1, 3, 5, 7);
        using var y = model.call(x);
        Assert.Equal(new long[] { 1, 3, 10, 14 }, y.shape);
    }

    [Fact]
    public void A_model_file_with_other_layers_is_rejected_with_its_path()
    {
        var folder = Directory.CreateTempSubdirectory("esrgan-test").FullName;
        try
        {
            var json = File.ReadAllText(DataFiles.PathOf("esrgan-slim/x2/model.json")).Replace("\"UPN3\"", "\"UPN9\"");
            var path = Path.Combine(folder, "model.json");
            File.WriteAllText(path, json);
            File.Copy(DataFiles.PathOf("esrgan-slim/x2/group1-shard1of1.bin"), Path.Combine(folder, "group1-shard1of1.bin"));
            var e = Assert.Throws<ArgumentException>(() => EsrganSlim.Load(path));
            Assert.Contains("UPN9", e.Message);
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact]
    public void Upscale_checks_the_plane_length() =>
        Assert.Equal("rgbPlanes", Assert.Throws<ArgumentException>(() => new EsrganSlim().Upscale(new float[10], 2, 2)).ParamName);
}
