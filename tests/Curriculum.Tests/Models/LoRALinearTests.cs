using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class LoRALinearTests
{
    private static TorchSharp.Modules.Linear Pretrained(int inputs = 6, int outputs = 4)
    {
        manual_seed(3);
        return nn.Linear(inputs, outputs);
    }

    [Fact]
    public void Before_training_it_gives_exactly_the_pretrained_outputs()
    {
        using var layer = Pretrained();
        using var x = randn(5, 6);
        using var expected = layer.call(x);
        using var lora = new LoRALinear(layer, rank: 2, alpha: 4);
        using var y = lora.call(x);
        Assert.True(y.eq(expected).all().item<bool>(), "B starts at zero, so the update is zero");
    }

    [Fact]
    public void Only_A_and_B_train_and_they_hold_r_times_in_plus_out_weights()
    {
        using var layer = Pretrained(inputs: 6, outputs: 4);
        using var weightBefore = layer.weight!.clone();
        using var biasBefore = layer.bias!.clone();
        using var lora = new LoRALinear(layer, rank: 2, alpha: 2);
        var trainable = lora.parameters().Where(p => p.requires_grad).ToList();
        Assert.Equal(2 * (6 + 4), trainable.Sum(p => p.numel()));
        Assert.Equal(lora.AdapterParameters.Select(p => p.numel()), trainable.Select(p => p.numel()));

        using var optimizer = optim.SGD(lora.parameters().Where(p => p.requires_grad), 0.1);
        for (var step = 0; step < 3; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            var x = randn(8, 6);
            (lora.call(x) - ones(8, 4)).pow(2).mean().backward();
            optimizer.step();
        }
        Assert.True(layer.weight.eq(weightBefore).all().item<bool>(), "the pretrained weight is frozen");
        Assert.True(layer.bias.eq(biasBefore).all().item<bool>(), "the pretrained bias is frozen");
        Assert.True(lora.AdapterParameters[1].abs().sum().item<float>() > 0, "B moved away from zero");
    }

    [Fact]
    public void Merging_gives_the_same_outputs_as_the_adapted_layer()
    {
        using var layer = Pretrained(inputs: 7, outputs: 5);
        using var lora = new LoRALinear(layer, rank: 3, alpha: 6);
        using (no_grad()) lora.AdapterParameters[1].normal_(); // as if trained
        using var x = randn(4, 7);
        using var adapted = lora.call(x);
        using var merged = lora.Merge();
        using var y = merged.call(x);
        Assert.True(y.allclose(adapted, rtol: 0, atol: 1e-5), $"largest difference {(y - adapted).abs().max().item<float>()}");
        // By hand: the merged weight is W0 + (alpha / r) B A.
        using var expected = layer.weight! + matmul(lora.AdapterParameters[1], lora.AdapterParameters[0]) * 2.0;
        Assert.True(merged.weight!.allclose(expected, rtol: 0, atol: 1e-6));
        Assert.Equal(2.0, lora.Scaling);
    }

    [Fact]
    public void A_rank_outside_one_to_the_smaller_dimension_or_a_bad_alpha_names_the_argument()
    {
        using var layer = Pretrained(inputs: 6, outputs: 4);
        Assert.Equal("rank", Assert.Throws<ArgumentOutOfRangeException>(() => new LoRALinear(layer, 0, 1)).ParamName);
        Assert.Equal("rank", Assert.Throws<ArgumentOutOfRangeException>(() => new LoRALinear(layer, 5, 1)).ParamName);
        Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => new LoRALinear(layer, 2, 0)).ParamName);
        Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => new LoRALinear(layer, 2, double.NaN)).ParamName);
        Assert.Throws<ArgumentNullException>(() => new LoRALinear(null!, 2, 1));
    }
}
