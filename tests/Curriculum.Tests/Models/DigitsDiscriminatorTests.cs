using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class DigitsDiscriminatorTests
{
    [Fact]
    public void Maps_images_and_labels_to_one_raw_logit_each()
    {
        manual_seed(1);
        using var d = new DigitsDiscriminator(hidden: 16);
        d.eval();
        using var x = rand(4, 1, 8, 8) * 2 - 1;

        using var logits = d.call(x, tensor(new long[] { 0, 1, 2, 3 }));

        Assert.Equal(new long[] { 4 }, logits.shape);
    }

    [Fact]
    public void Equals_an_independent_computation_with_the_same_weights()
    {
        manual_seed(3);
        using var d = new DigitsDiscriminator(hidden: 5, classes: 3, dropoutRate: 0.3);
        d.eval(); // dropout off
        using var x = rand(2, 64);
        using var y = tensor(new long[] { 2, 0 });
        var p = d.named_parameters().ToDictionary(n => n.name, n => n.parameter);
        using var input = cat([x, tensor(new float[,] { { 0, 0, 1 }, { 1, 0, 0 } })], 1);
        using var h1 = nn.functional.leaky_relu(input.matmul(p["hidden1.weight"].t()) + p["hidden1.bias"], 0.2);
        using var h2 = nn.functional.leaky_relu(h1.matmul(p["hidden2.weight"].t()) + p["hidden2.bias"], 0.2);
        using var expected = (h2.matmul(p["output.weight"].t()) + p["output.bias"]).squeeze(1);

        using var actual = d.call(x, y);

        Assert.True(allclose(actual, expected, rtol: 1e-5, atol: 1e-6));
    }

    [Fact]
    public void Wrong_shapes_are_named()
    {
        using var d = new DigitsDiscriminator(hidden: 8);
        using var x = rand(2, 1, 4, 4);
        var e = Assert.Throws<ArgumentException>(() => d.call(x, tensor(new long[] { 0, 1 })));
        Assert.Equal("images", e.ParamName);
        Assert.Contains("[2, 1, 4, 4]", e.Message);
        using var ok = rand(2, 64);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => d.call(ok, tensor(new long[] { 0 }))).ParamName);
    }
}
