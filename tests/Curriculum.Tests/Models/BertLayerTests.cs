using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class BertLayerTests
{
    [Fact]
    public void Padding_does_not_change_the_real_tokens_outputs()
    {
        manual_seed(5);
        using var block = new BertLayer(modelSize: 16, heads: 4, feedForwardSize: 32);
        block.eval();
        using var x = randn(1, 3, 16);
        using var padded = cat([x, randn(1, 2, 16)], 1);
        using var mask = ones(1, 3, dtype: ScalarType.Int64);
        using var paddedMask = tensor(new long[] { 1, 1, 1, 0, 0 }).view(1, 5);
        using var y = block.call(x, mask);
        using var yPadded = block.call(padded, paddedMask);
        Assert.Equal(new long[] { 1, 5, 16 }, yPadded.shape);
        using var real = yPadded.narrow(1, 0, 3);
        Assert.True(real.allclose(y, rtol: 0, atol: 1e-5), "a masked key gets no attention");
    }

    [Fact]
    public void Each_position_is_layer_normalised_at_the_output()
    {
        manual_seed(6);
        using var block = new BertLayer(modelSize: 8, heads: 2, feedForwardSize: 16);
        using var y = block.call(randn(2, 4, 8), ones(2, 4));
        // Post-norm with LayerNorm's initial scale 1 and shift 0: mean 0 and variance 1 over the features.
        Assert.True(y.mean([-1]).abs().max().item<float>() < 1e-5);
        Assert.True((y.var(-1, unbiased: false) - 1).abs().max().item<float>() < 1e-3);
    }

    [Fact]
    public void LoRA_wraps_query_and_value_keeps_the_outputs_and_trains_only_the_adapters()
    {
        manual_seed(7);
        using var block = new BertLayer(modelSize: 16, heads: 4, feedForwardSize: 32);
        block.eval();
        using var x = randn(2, 3, 16);
        using var mask = ones(2, 3);
        using var before = block.call(x, mask);
        var adapters = block.UseLoRA(rank: 2, alpha: 4);
        using var after = block.call(x, mask);
        Assert.True(after.allclose(before, rtol: 0, atol: 1e-6), "zero-initialised B: the same outputs");
        Assert.Equal(2, adapters.Count);
        var names = block.named_parameters().Select(p => p.name).ToList();
        Assert.Contains("query.loraA", names);
        Assert.Contains("value.loraB", names);
        foreach (var p in block.parameters()) p.requires_grad = false;
        foreach (var p in adapters.SelectMany(a => a.AdapterParameters)) p.requires_grad = true;
        Assert.Equal(2 * 2 * 2 * 16, block.parameters().Where(p => p.requires_grad).Sum(p => p.numel()));
    }

    [Fact]
    public void Heads_must_divide_the_model_size()
    {
        Assert.Equal("heads", Assert.Throws<ArgumentOutOfRangeException>(() => new BertLayer(modelSize: 10, heads: 3)).ParamName);
    }
}
