using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class TranslationDecoderLayerTests
{
    [Fact]
    public void Keeps_the_shape_and_returns_cross_attention_distributions_that_skip_padding()
    {
        manual_seed(2);
        using var layer = new TranslationDecoderLayer(8, 2, 16, 0.0);
        layer.eval();
        using var target = randn(4, 3, 8);   // T=4, N=3
        using var memory = randn(5, 3, 8);   // S=5
        using var causal = Seq2SeqTransformer.CausalMask(4);
        using var sourcePadding = tensor(new bool[] { false, false, false, false, false, false, false, false, true, true, false, false, false, false, true }, new long[] { 3, 5 });

        var (output, weights) = layer.forward(target, memory, causal, null, sourcePadding);

        Assert.Equal(new long[] { 4, 3, 8 }, output.shape);
        Assert.Equal(new long[] { 3, 4, 5 }, weights.shape);
        Assert.True(weights.sum(-1).allclose(ones(3, 4), rtol: 0, atol: 1e-5));
        Assert.Equal(0f, weights[1].narrow(1, 3, 2).abs().max().item<float>());
        Assert.Equal(0f, weights[2, .., 4].abs().max().item<float>());
    }

    [Fact]
    public void The_first_position_does_not_see_later_ones()
    {
        manual_seed(3);
        using var layer = new TranslationDecoderLayer(8, 2, 16, 0.0);
        layer.eval();
        using var memory = randn(5, 1, 8);
        using var a = randn(3, 1, 8);
        using var b = a.clone();
        b[2] = randn(1, 8);
        using var causal = Seq2SeqTransformer.CausalMask(3);

        var (oa, _) = layer.forward(a, memory, causal, null, null);
        var (ob, _) = layer.forward(b, memory, causal, null, null);

        Assert.True(oa.narrow(0, 0, 2).allclose(ob.narrow(0, 0, 2), rtol: 0, atol: 1e-5));
        Assert.False(oa[2].allclose(ob[2], rtol: 0, atol: 1e-3));
    }

    [Fact]
    public void Heads_must_divide_the_model_size()
    {
        Assert.Equal("heads", Assert.Throws<ArgumentOutOfRangeException>(() => new TranslationDecoderLayer(10, 3, 16, 0.1)).ParamName);
    }
}
