using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class TextureCnnTests
{
    [Fact]
    public void Maps_64x64_grey_patches_to_one_logit_per_class()
    {
        manual_seed(1);
        using var model = new TextureCnn(classes: 5);
        model.eval();
        using var x = rand(3, 1, 64, 64);

        using var logits = model.call(x);

        Assert.Equal(new long[] { 3, 5 }, logits.shape);
    }

    [Fact]
    public void Has_the_documented_number_of_weights()
    {
        using var model = new TextureCnn(classes: 8, channels: 8);
        // conv: 1*8*9+8, 8*16*9+16, 16*32*9+32, 32*32*9+32; batch norm 2 per channel; linear 32*8+8.
        long expected = (72 + 8) + (1152 + 16) + (4608 + 32) + (9216 + 32) + 2 * (8 + 16 + 32 + 32) + (256 + 8);
        Assert.Equal(expected, model.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void A_wrong_input_shape_names_the_shape()
    {
        using var model = new TextureCnn(classes: 3);
        using var x = zeros(2, 3, 64, 64);

        var e = Assert.Throws<ArgumentException>(() => model.call(x));

        Assert.Equal("input", e.ParamName);
        Assert.Contains("got [2, 3, 64, 64]", e.Message);
        Assert.Equal("classes", Assert.Throws<ArgumentOutOfRangeException>(() => new TextureCnn(classes: 1)).ParamName);
    }
}
