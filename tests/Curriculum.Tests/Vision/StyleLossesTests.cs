using Curriculum.Tests.Support;
using Curriculum.Vision;
using static TorchSharp.torch;

namespace Curriculum.Tests.Vision;

[Collection(TorchCollection.Name)]
public class StyleLossesTests
{
    [Fact]
    public void Gram_matrix_matches_a_hand_computed_case()
    {
        // Two channels over a 1x2 map: F0 = [1, 2], F1 = [3, 4]. Sums: F0·F0 = 5, F0·F1 = 11, F1·F1 = 25; divided by C·H·W = 4.
        using var f = tensor(new float[] { 1, 2, 3, 4 }).reshape(1, 2, 1, 2);
        using var g = StyleLosses.Gram(f);
        Assert.Equal(new long[] { 1, 2, 2 }, g.shape);
        Assert.Equal(new[] { 1.25f, 2.75f, 2.75f, 6.25f }, g.flatten().data<float>().ToArray());
    }

    [Fact]
    public void Gram_matrix_ignores_where_features_are()
    {
        using var f = rand(1, 3, 4, 5);
        using var shuffled = f.flatten(2).index_select(2, randperm(20)).reshape(1, 3, 4, 5);
        using var a = StyleLosses.Gram(f);
        using var b = StyleLosses.Gram(shuffled);
        Assert.True(a.allclose(b, rtol: 1e-5, atol: 1e-6));
    }

    [Fact]
    public void Gram_rejects_other_ranks() =>
        Assert.Equal("features", Assert.Throws<ArgumentException>(() => StyleLosses.Gram(zeros(3, 4))).ParamName);
}
