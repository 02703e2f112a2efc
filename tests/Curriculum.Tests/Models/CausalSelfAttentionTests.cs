using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class CausalSelfAttentionTests
{
    [Fact]
    public void The_mask_is_lower_triangular()
    {
        using var mask = CausalSelfAttention.CausalMask(3);
        Assert.Equal(new[] { true, false, false, true, true, false, true, true, true }, mask.data<bool>().ToArray());
    }

    [Fact]
    public void Weights_sum_to_one_over_the_past_and_are_zero_on_the_future()
    {
        manual_seed(4);
        using var attention = new CausalSelfAttention(8, heads: 2, blockSize: 6);
        using var x = randn(2, 5, 8);

        using var w = attention.Weights(x);

        Assert.Equal(new long[] { 2, 2, 5, 5 }, w.shape);
        Assert.True(allclose(w.sum(-1), ones(2, 2, 5), atol: 1e-5));
        Assert.Equal(0f, w[.., .., 0, 1..].abs().max().item<float>());
        Assert.Equal(1f, w[0, 0, 0, 0].item<float>(), 5);   // the first position can only look at itself
    }

    [Fact]
    public void Outputs_at_a_position_do_not_depend_on_later_positions()
    {
        manual_seed(5);
        using var attention = new CausalSelfAttention(8, heads: 4, blockSize: 10);
        using var x = randn(1, 7, 8);
        using var y = x.clone();
        y[0, 6] = randn(8);

        using var a = attention.call(x);
        using var b = attention.call(y);

        Assert.True(allclose(a[0, ..6], b[0, ..6], atol: 1e-6));
        Assert.False(allclose(a[0, 6], b[0, 6], atol: 1e-3));
    }

    [Fact]
    public void Bad_sizes_are_named()
    {
        Assert.Equal("heads", Assert.Throws<ArgumentException>(() => new CausalSelfAttention(10, 3, 4)).ParamName);
        using var attention = new CausalSelfAttention(4, 2, 3);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => attention.call(zeros(1, 4, 4))).ParamName);
    }
}
