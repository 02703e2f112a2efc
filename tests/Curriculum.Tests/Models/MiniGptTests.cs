using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class MiniGptTests
{
    [Fact]
    public void Maps_ids_to_logits_and_earlier_logits_ignore_later_ids()
    {
        manual_seed(7);
        using var model = new MiniGpt(10, blockSize: 16, modelSize: 16, layers: 2, heads: 2);
        model.eval();
        using var ids = randint(0, 10, [3, 12], dtype: ScalarType.Int64);
        using var other = ids.clone();
        other[.., 11] = (other[.., 11] + 1) % 10;

        using var a = model.call(ids);
        using var b = model.call(other);

        Assert.Equal(new long[] { 3, 12, 10 }, a.shape);
        Assert.True(allclose(a[.., ..11], b[.., ..11], atol: 1e-5));
        Assert.Equal(new long[] { 3, 2, 12, 12 }, model.AttentionWeights(ids, 1).shape);
    }

    [Fact]
    public void Stepping_one_id_at_a_time_equals_reading_the_window_at_once()
    {
        manual_seed(8);
        using var model = new MiniGpt(6, blockSize: 8, modelSize: 8, layers: 1, heads: 2);
        model.eval();
        using var _ = no_grad();
        using var ids = randint(0, 6, [1, 8], dtype: ScalarType.Int64);
        using var whole = model.call(ids);

        Tensor? state = null;
        for (var t = 0; t < 8; t++)
        {
            var (logits, next) = model.Step(ids[.., t..(t + 1)], state);
            Assert.True(allclose(logits[0, 0], whole[0, t], atol: 1e-5), $"position {t}");
            state = next;
        }
        Assert.Equal(new long[] { 1, 7 }, state!.shape);   // keeps block − 1 ids of context
    }

    [Fact]
    public void Too_long_an_input_is_named()
    {
        using var model = new MiniGpt(5, blockSize: 4, modelSize: 8, layers: 1, heads: 2);
        Assert.Equal("ids", Assert.Throws<ArgumentException>(() => model.call(zeros(1, 5, dtype: ScalarType.Int64))).ParamName);
        Assert.Equal("layer", Assert.Throws<ArgumentOutOfRangeException>(() => model.AttentionWeights(zeros(1, 2, dtype: ScalarType.Int64), 1)).ParamName);
    }
}
