using Curriculum.Vision;

namespace Curriculum.Tests.Vision;

/// <summary>Loads the 64 MB model once for all tests in this class.</summary>
public sealed class ResNet18Fixture : IDisposable
{
    public ResNet18Features Model { get; } = new();
    public void Dispose() => Model.Dispose();
}

public class ResNet18FeaturesTests(ResNet18Fixture fixture) : IClassFixture<ResNet18Fixture>
{
    private readonly ResNet18Features _model = fixture.Model;

    private static float[] Patch(string image, int x, int y, int size = 112)
    {
        var png = PngImage.Load($"images/{image}.png");
        return Patches.Crop(png.ToGrey(), png.Width, png.Height, x, y, size, size);
    }

    private static double Cosine(float[] a, float[] b)
    {
        double d = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++) { d += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
        return d / Math.Sqrt(na * nb);
    }

    [Fact]
    public void Features_are_512_finite_non_negative_numbers_and_deterministic()
    {
        var patch = Patch("brick", 10, 10);

        var a = _model.FromGrey(patch, 112, 112);
        var b = _model.FromGrey(patch, 112, 112);

        Assert.Equal(ResNet18Features.Dimension, a.Length);
        Assert.All(a, v => Assert.True(float.IsFinite(v) && v >= 0, $"feature {v} (after ReLU and averaging, features are >= 0)"));
        Assert.True(a.Count(v => v > 0) > 50, "most of the 512 features should respond to a real texture");
        Assert.Equal(a, b);
    }

    [Fact]
    public void Two_crops_of_one_texture_are_closer_than_crops_of_different_textures()
    {
        var brick1 = _model.FromGrey(Patch("brick", 10, 10), 112, 112);
        var brick2 = _model.FromGrey(Patch("brick", 300, 280), 112, 112);
        var grass = _model.FromGrey(Patch("grass", 300, 280), 112, 112);
        var text = _model.FromGrey(Patch("text", 200, 40), 112, 112);

        var same = Cosine(brick1, brick2);
        Assert.True(same > Cosine(brick1, grass), $"brick-brick {same:0.000} vs brick-grass {Cosine(brick1, grass):0.000}");
        Assert.True(same > Cosine(brick1, text), $"brick-brick {same:0.000} vs brick-text {Cosine(brick1, text):0.000}");
    }

    [Fact]
    public void The_mean_image_is_ImageNets_BGR_mean()
    {
        const int plane = 224 * 224;
        var means = Enumerable.Range(0, 3).Select(c => _model.MeanBgr.Skip(c * plane).Take(plane).Average()).ToArray();

        // ImageNet's channel means are about B 104, G 117, R 124 (0-255); the stored mean image averages close to them.
        Assert.InRange(means[0], 100, 107);
        Assert.InRange(means[1], 112, 120);
        Assert.InRange(means[2], 120, 127);
    }

    [Fact]
    public void Grey_input_equals_the_same_image_given_as_three_equal_RGB_planes_and_as_prepared_input()
    {
        var grey = Resize.Bilinear(Patch("gravel", 50, 50), 112, 112, 224, 224);
        var rgb = Enumerable.Repeat(grey, 3).SelectMany(p => p).ToArray();
        var prepared = new float[rgb.Length];
        for (var i = 0; i < prepared.Length; i++) prepared[i] = 255f * rgb[i] - _model.MeanBgr[i];

        var fromGrey = _model.FromGrey(grey, 224, 224);

        Assert.Equal(fromGrey, _model.FromRgb(rgb));
        Assert.Equal(fromGrey, _model.FromPrepared(prepared));
    }

    [Fact]
    public void Swapping_red_and_blue_changes_the_features()
    {
        // The network takes BGR: a red image and a blue image must not look the same to it.
        var red = new float[3 * 224 * 224];
        var blue = new float[3 * 224 * 224];
        Array.Fill(red, 1f, 0, 224 * 224);
        Array.Fill(blue, 1f, 2 * 224 * 224, 224 * 224);

        Assert.True(Cosine(_model.FromRgb(red), _model.FromRgb(blue)) < 0.99);
    }

    [Fact]
    public void Wrong_sizes_are_refused_by_name()
    {
        Assert.Equal("rgbPlanes", Assert.Throws<ArgumentException>(() => _model.FromRgb(new float[224 * 224])).ParamName);
        Assert.Equal("grey", Assert.Throws<ArgumentException>(() => _model.FromGrey(new float[10], 4, 4)).ParamName);
        Assert.Equal("networkInput", Assert.Throws<ArgumentException>(() => _model.FromPrepared(new float[3])).ParamName);
        Assert.Equal("threads", Assert.Throws<ArgumentOutOfRangeException>(() => new ResNet18Features(threads: 0)).ParamName);
    }
}
