using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class SmallUNetTests
{
    [Fact]
    public void Gives_one_logit_per_pixel_per_class_at_the_input_size()
    {
        manual_seed(1);
        using var model = new SmallUNet(channels: 4, classes: 2);
        model.eval();
        using var x = rand(3, 1, 16, 24);
        using var y = model.call(x);
        Assert.Equal(new long[] { 3, 2, 16, 24 }, y.shape);
    }

    [Fact]
    public void Weight_count_matches_the_layers()
    {
        using var model = new SmallUNet(channels: 12);
        // Blocks (two bias-free 3x3 convs + two batch norms of 2 weights per channel):
        // down1 1->12: 108 + 1296 + 48 = 1,452; down2 12->24: 2592 + 5184 + 96 = 7,872; bottom 24->48: 10368 + 20736 + 192 = 31,296
        // up2 48->24 (2x2 transposed, bias): 4608 + 24 = 4,632; dec2 48->24: 10368 + 5184 + 96 = 15,648
        // up1 24->12: 1152 + 12 = 1,164; dec1 24->12: 2592 + 1296 + 48 = 3,936; head 12->1: 13. Total 66,013.
        Assert.Equal(66_013, model.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void It_can_learn_a_tiny_segmentation_of_bright_squares()
    {
        manual_seed(2);
        using var x = zeros(8, 1, 16, 16);
        using var y = zeros(8, 1, 16, 16);
        for (var i = 0; i < 8; i++)
        {
            x[i, 0, TensorIndex.Slice(i, i + 6), TensorIndex.Slice(2 + i, 8 + i)] = tensor(1f);
            y[i, 0, TensorIndex.Slice(i, i + 6), TensorIndex.Slice(2 + i, 8 + i)] = tensor(1f);
        }
        using var noisy = x + 0.1 * randn(8, 1, 16, 16);
        using var model = new SmallUNet(channels: 4);
        using var optimizer = optim.Adam(model.parameters(), lr: 0.02);
        model.train();
        for (var step = 0; step < 60; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            nn.functional.binary_cross_entropy_with_logits(model.call(noisy), y).backward();
            optimizer.step();
        }
        model.eval();
        using var predicted = model.call(noisy).gt(0);
        using var truth = y.gt(0.5);
        Assert.True(predicted.eq(truth).to_type(ScalarType.Float32).mean().item<float>() > 0.98f);
    }

    [Fact]
    public void Wrong_shapes_and_arguments_are_named()
    {
        using var model = new SmallUNet();
        using var odd = zeros(1, 1, 18, 16);
        var e = Assert.Throws<ArgumentException>(() => model.call(odd));
        Assert.Equal("input", e.ParamName);
        Assert.Contains("got [1, 1, 18, 16]", e.Message);
        Assert.Equal("channels", Assert.Throws<ArgumentOutOfRangeException>(() => new SmallUNet(channels: 0)).ParamName);
        Assert.Equal("classes", Assert.Throws<ArgumentOutOfRangeException>(() => new SmallUNet(classes: 0)).ParamName);
    }
}
