using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class GptBlockTests
{
    [Fact]
    public void Keeps_the_shape_is_causal_and_has_registered_weights()
    {
        manual_seed(6);
        using var block = new GptBlock(16, heads: 4, blockSize: 8);
        using var x = randn(2, 8, 16);
        using var y = x.clone();
        y[.., 7] = 0;

        using var a = block.call(x);
        using var b = block.call(y);

        Assert.Equal(new long[] { 2, 8, 16 }, a.shape);
        Assert.True(allclose(a[.., ..7], b[.., ..7], atol: 1e-5));
        // 2 LayerNorms (2·16 each) + 4 attention Linears (16·16 + 16) + MLP (16·64 + 64 + 64·16 + 16)
        Assert.Equal(2 * 32 + 4 * 272 + 1088 + 1040, block.parameters().Sum(p => p.numel()));
        Assert.Equal(new long[] { 2, 4, 8, 8 }, block.AttentionWeights(x).shape);
    }
}
