using Curriculum.Models;
using Curriculum.Tests.Support;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class SubPixelSrTests
{
    [Theory]
    [InlineData(2, 16, 16)]
    [InlineData(2, 9, 13)]
    [InlineData(3, 8, 5)]
    public void Enlarges_any_size_by_the_scale(int scale, int h, int w)
    {
        manual_seed(1);
        using var model = new SubPixelSr(scale, features: 8);
        using var x = rand(2, 1, h, w);

        using var y = model.call(x);

        Assert.Equal(new long[] { 2, 1, h * scale, w * scale }, y.shape);
    }

    [Fact]
    public void With_a_silent_last_layer_it_is_exactly_nearest_neighbour_enlargement()
    {
        // The residual adds the input to each of the scale² sub-pixel channels; the pixel shuffle must put channel
        // (i, j) at offset (i, j) of each block, so zero corrections give every block its input pixel.
        using var model = new SubPixelSr(2, features: 8);
        using (no_grad())
            foreach (var (name, p) in model.named_parameters().Where(p => p.name.StartsWith("conv3")))
                p.zero_();
        using var x = rand(1, 1, 5, 7);

        using var y = model.call(x);
        using var nearest = x.repeat_interleave(2, 2).repeat_interleave(2, 3);

        Assert.True(y.allclose(nearest), "output should equal the nearest-neighbour enlargement");
    }

    [Fact]
    public void Upscale_returns_clamped_pixels_of_the_enlarged_image_and_keeps_training_mode()
    {
        manual_seed(2);
        using var model = new SubPixelSr(2, features: 8);
        model.train();
        var low = Enumerable.Range(0, 6 * 4).Select(i => i % 2 == 0 ? 0f : 1f).ToArray();

        var high = model.Upscale(low, 6, 4);

        Assert.Equal(12 * 8, high.Length);
        Assert.All(high, v => Assert.InRange(v, 0f, 1f));
        Assert.True(model.training);
    }

    [Fact]
    public void Wrong_inputs_are_refused_by_name()
    {
        using var model = new SubPixelSr();
        using var threeChannels = zeros(1, 3, 8, 8);
        var e = Assert.Throws<ArgumentException>(() => model.call(threeChannels));
        Assert.Equal("input", e.ParamName);
        Assert.Contains("got [1, 3, 8, 8]", e.Message);
        Assert.Equal("low", Assert.Throws<ArgumentException>(() => model.Upscale(new float[5], 2, 2)).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => new SubPixelSr(scale: 1)).ParamName);
    }
}
