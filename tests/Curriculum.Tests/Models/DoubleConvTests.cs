using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class DoubleConvTests
{
    [Fact]
    public void Keeps_the_size_changes_the_channels_and_ends_in_a_ReLU()
    {
        manual_seed(1);
        using var block = new DoubleConv(3, 5);
        using var x = randn(2, 3, 7, 9);
        using var y = block.call(x);
        Assert.Equal(new long[] { 2, 5, 7, 9 }, y.shape);
        Assert.True(y.min().item<float>() >= 0, "the output passed through a ReLU");
        Assert.True(y.max().item<float>() > 0, "not all zero");
    }

    [Fact]
    public void Weight_count_two_bias_free_3x3_convolutions_and_two_batch_norms()
    {
        // 1 -> 12: 9·1·12 = 108, 9·12·12 = 1,296, batch norms 2·12 + 2·12 = 48: 1,452 (as in SmallUNet's first level).
        using var block = new DoubleConv(1, 12);
        Assert.Equal(1_452, block.parameters().Sum(p => p.numel()));
        Assert.Equal(4, block.named_parameters().Count(p => p.name.EndsWith("weight")));
    }

    [Fact]
    public void Matches_the_same_layers_written_as_a_sequence()
    {
        // The same seeded initialisation as Conv2d, BatchNorm2d, ReLU, Conv2d, BatchNorm2d, ReLU in a Sequential.
        manual_seed(4);
        using var block = new DoubleConv(2, 3);
        manual_seed(4);
        using var sequence = nn.Sequential(
            nn.Conv2d(2, 3, kernel_size: 3, padding: 1, bias: false), nn.BatchNorm2d(3), nn.ReLU(),
            nn.Conv2d(3, 3, kernel_size: 3, padding: 1, bias: false), nn.BatchNorm2d(3), nn.ReLU());
        using var x = randn(1, 2, 6, 6);
        using var a = block.call(x);
        using var b = sequence.call(x);
        Assert.True(a.allclose(b, rtol: 0, atol: 1e-6));
    }

    [Fact]
    public void Non_positive_channels_name_the_argument()
    {
        Assert.Equal("input", Assert.Throws<ArgumentOutOfRangeException>(() => new DoubleConv(0, 4)).ParamName);
        Assert.Equal("output", Assert.Throws<ArgumentOutOfRangeException>(() => new DoubleConv(4, -1)).ParamName);
    }
}
