using Curriculum.Text;

namespace Curriculum.Tests.Text;

public class NGramModelTests
{
    // Toy corpus "abab" over V = 3 (a = 0, b = 1, c = 2 never seen). Bigram counts: a→b twice, b→a once; unigrams a 2, b 2.
    private static readonly int[] Abab = [0, 1, 0, 1];

    [Fact]
    public void Counts_every_context_up_to_order_minus_one()
    {
        var m = new NGramModel(Abab, 3, order: 2);

        Assert.Equal(2, m.Count([], 0));
        Assert.Equal(2, m.Count([0], 1));
        Assert.Equal(1, m.Count([1], 0));
        Assert.Equal(0, m.Count([0], 0));
    }

    [Fact]
    public void Add_k_matches_the_hand_computed_bigram()
    {
        var m = new NGramModel(Abab, 3, order: 2, NGramSmoothing.AddK, k: 1);

        Assert.Equal(3.0 / 5, m.Probability([0], 1), 12);   // (2 + 1) / (2 + 3)
        Assert.Equal(1.0 / 5, m.Probability([0], 0), 12);
        Assert.Equal(2.0 / 4, m.Probability([1], 0), 12);   // (1 + 1) / (1 + 3)
        Assert.Equal(1.0 / 3, m.Probability([2], 2), 12);   // unseen context: uniform
    }

    [Fact]
    public void Interpolation_matches_the_hand_computed_bigram()
    {
        var m = new NGramModel(Abab, 3, order: 2, NGramSmoothing.Interpolated, discount: 0.5);
        // unigram: P(a) = (2 − 0.5 + 0.5·2·1/3) / 4 = 0.458333, P(c) = (0.5·2·1/3) / 4 = 0.083333
        // after a: P(b|a) = (2 − 0.5 + 0.5·1·0.458333) / 2 = 0.8645833
        Assert.Equal(0.4583333333, m.Probability([], 0), 9);
        Assert.Equal(0.0833333333, m.Probability([], 2), 9);
        Assert.Equal(0.8645833333, m.Probability([0], 1), 9);
        Assert.Equal(0.1145833333, m.Probability([0], 0), 9);
        Assert.Equal(0.0208333333, m.Probability([0], 2), 9);
        Assert.Equal(0.4583333333, m.Probability([2], 0), 9);  // unseen context "c" backs off to the unigram
        Assert.Equal(0.8645833333, m.Probability([1, 1, 0], 1), 9); // only the last order − 1 ids matter
    }

    [Theory]
    [InlineData(NGramSmoothing.AddK, 1)]
    [InlineData(NGramSmoothing.AddK, 4)]
    [InlineData(NGramSmoothing.Interpolated, 1)]
    [InlineData(NGramSmoothing.Interpolated, 5)]
    public void Every_distribution_sums_to_one(NGramSmoothing smoothing, int order)
    {
        var random = new Random(3);
        var ids = Enumerable.Range(0, 2000).Select(_ => random.Next(6)).ToArray();
        var m = new NGramModel(ids, 7, order, smoothing);

        foreach (var history in new[] { Array.Empty<int>(), [1], [2, 3], [6, 6, 6, 6], ids[..40] })
            Assert.Equal(1.0, m.Distribution(history).Sum(), 9);
    }

    [Fact]
    public void A_uniform_model_costs_log2_V_bits_per_character()
    {
        var m = new NGramModel([0, 1, 2, 3, 4], 5, order: 1, NGramSmoothing.AddK, k: 0.3);

        Assert.Equal(Math.Log2(5), m.BitsPerChar([4, 4, 0, 2]), 12);
    }

    [Fact]
    public void More_context_helps_on_a_text_with_long_structure()
    {
        var ids = Enumerable.Range(0, 3000).Select(i => "abcadb"[i % 6] - 'a').ToArray();
        var counts = new NGramModel(ids, 4, order: 3);

        Assert.True(counts.WithSettings(3, NGramSmoothing.Interpolated).BitsPerChar(ids[..600]) < 0.1);
        Assert.True(counts.WithSettings(1, NGramSmoothing.Interpolated).BitsPerChar(ids[..600]) > 1.8);
    }

    [Fact]
    public void Lower_orders_from_the_same_counts_equal_a_model_counted_at_that_order()
    {
        var random = new Random(5);
        var ids = Enumerable.Range(0, 1500).Select(_ => random.Next(4)).ToArray();
        var big = new NGramModel(ids, 4, order: 5);
        var small = new NGramModel(ids, 4, order: 2, NGramSmoothing.AddK, k: 0.5);

        Assert.Equal(small.BitsPerChar(ids[..300]), big.WithSettings(2, NGramSmoothing.AddK, k: 0.5).BitsPerChar(ids[..300]), 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => small.WithSettings(3, NGramSmoothing.AddK));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("ids", Assert.Throws<ArgumentException>(() => new NGramModel([0, 3], 3, 2)).ParamName);
        Assert.Equal("order", Assert.Throws<ArgumentOutOfRangeException>(() => new NGramModel(Abab, 3, 9)).ParamName);
        Assert.Equal("vocabularySize", Assert.Throws<ArgumentOutOfRangeException>(() => new NGramModel(Abab, 200, 2)).ParamName);
        Assert.Equal("discount", Assert.Throws<ArgumentOutOfRangeException>(() => new NGramModel(Abab, 3, 2, discount: 1.5)).ParamName);
    }
}
