using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class MlpTests
{
    [Fact]
    public void Flattens_images_and_maps_them_to_logits()
    {
        manual_seed(1);
        using var model = new Mlp(64, [32, 16], 10);
        model.eval();
        using var x = rand(5, 1, 8, 8);

        using var logits = model.call(x);

        Assert.Equal(new long[] { 5, 10 }, logits.shape);
    }

    [Fact]
    public void Weight_count_matches_the_layer_sizes()
    {
        using var model = new Mlp(64, [32, 16], 10, dropoutRate: 0.5);

        // (64*32 + 32) + (32*16 + 16) + (16*10 + 10)
        Assert.Equal(2080 + 528 + 170, model.parameters().Sum(p => p.numel()));
        Assert.Equal(new long[] { 32, 64 }, model.named_parameters().First(p => p.name == "hidden.0.weight").parameter.shape);
    }

    [Fact]
    public void Equals_an_independent_computation_with_the_same_weights()
    {
        manual_seed(2);
        using var model = new Mlp(4, [3], 2);
        model.eval();
        using var x = rand(6, 4);
        var p = model.named_parameters().ToDictionary(n => n.name, n => n.parameter);

        using var expected = x.matmul(p["hidden.0.weight"].t()).add(p["hidden.0.bias"]).relu().matmul(p["output.weight"].t()).add(p["output.bias"]);
        using var actual = model.call(x);

        Assert.True(actual.allclose(expected, rtol: 1e-5, atol: 1e-6));
    }

    [Fact]
    public void Dropout_acts_in_training_mode_only()
    {
        manual_seed(3);
        using var model = new Mlp(64, [256], 10, dropoutRate: 0.5);
        using var x = rand(8, 64);

        model.eval();
        using var a = model.call(x);
        using var b = model.call(x);
        model.train();
        using var c = model.call(x);

        Assert.True(a.allclose(b, rtol: 0, atol: 0));
        Assert.False(a.allclose(c, rtol: 1e-3, atol: 1e-4));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("dropoutRate", Assert.Throws<ArgumentOutOfRangeException>(() => new Mlp(64, [8], 10, 1.0)).ParamName);
        Assert.Equal("hiddenSizes", Assert.Throws<ArgumentOutOfRangeException>(() => new Mlp(64, [8, 0], 10)).ParamName);
        Assert.Equal("classes", Assert.Throws<ArgumentOutOfRangeException>(() => new Mlp(64, [8], 1)).ParamName);
        using var model = new Mlp(64, [8], 10);
        using var wrong = zeros(2, 63);
        var e = Assert.Throws<ArgumentException>(() => model.call(wrong));
        Assert.Equal("input", e.ParamName);
        Assert.Contains("expected N inputs of 64 values each, got shape [2, 63]", e.Message);
    }
}
