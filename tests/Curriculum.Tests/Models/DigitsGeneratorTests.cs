using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class DigitsGeneratorTests
{
    [Fact]
    public void Maps_noise_and_labels_to_8x8_images_in_the_tanh_range()
    {
        manual_seed(1);
        using var g = new DigitsGenerator(noiseSize: 8, hidden: 16);
        using var z = randn(5, 8) * 50; // large inputs drive tanh to its limits, never beyond
        using var y = tensor(new long[] { 0, 1, 2, 3, 9 });

        using var images = g.call(z, y);

        Assert.Equal(new long[] { 5, 1, 8, 8 }, images.shape);
        Assert.True(images.min().item<float>() >= -1f && images.max().item<float>() <= 1f);
    }

    [Fact]
    public void The_label_changes_the_image_for_the_same_noise()
    {
        manual_seed(2);
        using var g = new DigitsGenerator(noiseSize: 4, hidden: 16);
        using var z = randn(1, 4).expand(2, 4).contiguous();
        using var images = g.call(z, tensor(new long[] { 3, 7 }));

        Assert.True((images[0] - images[1]).abs().max().item<float>() > 1e-4f);
    }

    [Fact]
    public void Weight_count_matches_the_layer_sizes()
    {
        using var g = new DigitsGenerator(noiseSize: 8, hidden: 16, classes: 10);
        // (18*16 + 16) + (16*16 + 16) + (16*64 + 64)
        Assert.Equal(304 + 272 + 1088, g.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void Wrong_noise_or_label_shapes_are_named()
    {
        using var g = new DigitsGenerator(noiseSize: 8, hidden: 16);
        using var z = randn(3, 5);
        var e = Assert.Throws<ArgumentException>(() => g.call(z, tensor(new long[] { 0, 1, 2 })));
        Assert.Equal("noise", e.ParamName);
        Assert.Contains("[3, 5]", e.Message);
        using var z8 = randn(3, 8);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => g.call(z8, tensor(new long[] { 0, 1 }))).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DigitsGenerator(noiseSize: 0));
    }
}
