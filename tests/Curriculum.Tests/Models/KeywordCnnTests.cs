using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class KeywordCnnTests
{
    [Fact]
    public void Maps_spectrograms_of_any_length_to_one_logit_per_keyword()
    {
        manual_seed(1);
        using var model = new KeywordCnn(classes: 10, channels: 32);
        model.eval();
        using var shortClips = randn(3, 1, 40, 98);
        using var longClips = randn(2, 1, 40, 150);

        using var a = model.call(shortClips);
        using var b = model.call(longClips);

        Assert.Equal(new long[] { 3, 10 }, a.shape);
        Assert.Equal(new long[] { 2, 10 }, b.shape);
    }

    [Fact]
    public void Layers_are_registered_with_the_expected_shapes()
    {
        using var model = new KeywordCnn(classes: 12, channels: 32);

        var shapes = model.named_parameters().ToDictionary(p => p.name, p => p.parameter.shape);
        Assert.Equal(new long[] { 16, 1, 3, 3 }, shapes["conv1.weight"]);
        Assert.Equal(new long[] { 32, 16, 3, 3 }, shapes["conv2.weight"]);
        Assert.Equal(new long[] { 64, 32, 3, 3 }, shapes["conv3.weight"]);
        Assert.Equal(new long[] { 12, 64 }, shapes["classifier.weight"]);
        Assert.Equal(16 * 9 + 16 + 32 * 16 * 9 + 32 + 64 * 32 * 9 + 64 + 2 * (16 + 32 + 64) + 12 * 64 + 12,
            model.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void A_wrong_input_shape_names_the_shape()
    {
        using var model = new KeywordCnn();
        using var x = zeros(2, 40, 98);

        var e = Assert.Throws<ArgumentException>(() => model.call(x));

        Assert.Equal("input", e.ParamName);
        Assert.Contains("got [2, 40, 98]", e.Message);
    }
}
