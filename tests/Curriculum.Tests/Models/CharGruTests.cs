using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class CharGruTests
{
    [Fact]
    public void Maps_ids_to_logits_and_a_state()
    {
        manual_seed(1);
        using var model = new CharGru(11, embeddingSize: 8, hiddenSize: 16, layers: 2);
        using var ids = randint(0, 11, [3, 7], dtype: ScalarType.Int64);

        var (logits, state) = model.Step(ids, null);

        Assert.Equal(new long[] { 3, 7, 11 }, logits.shape);
        Assert.Equal(new long[] { 2, 3, 16 }, state.shape);
    }

    [Fact]
    public void Carrying_the_state_equals_reading_the_whole_text_at_once()
    {
        manual_seed(2);
        using var model = new CharGru(9, embeddingSize: 4, hiddenSize: 12);
        model.eval();
        using var ids = randint(0, 9, [2, 10], dtype: ScalarType.Int64);
        using var _ = no_grad();

        var (whole, _) = model.Step(ids, null);
        var (_, mid) = model.Step(ids[.., ..6], null);
        var (second, _) = model.Step(ids[.., 6..], mid);

        Assert.True(allclose(whole[.., 6..], second, rtol: 1e-5, atol: 1e-6));
    }

    [Fact]
    public void A_wrong_shape_or_size_is_named()
    {
        using var model = new CharGru(5, 4, 4);
        Assert.Equal("ids", Assert.Throws<ArgumentException>(() => model.Step(zeros(3, dtype: ScalarType.Int64), null)).ParamName);
        Assert.Equal("vocabularySize", Assert.Throws<ArgumentOutOfRangeException>(() => new CharGru(1)).ParamName);
    }
}
