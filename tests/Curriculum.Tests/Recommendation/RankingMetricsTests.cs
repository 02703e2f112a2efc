using Curriculum.Recommendation;

namespace Curriculum.Tests.Recommendation;

/// <summary>Recall@k and NDCG@k against cases computed by hand.</summary>
public class RankingMetricsTests
{
    private static HashSet<int> Set(params int[] items) => [.. items];

    [Fact]
    public void Recall_counts_the_share_of_relevant_items_in_the_top_k()
    {
        int[] ranked = [5, 3, 9, 1, 7];
        Assert.Equal(0.5, RankingMetrics.RecallAtK(ranked, Set(3, 7), 2));      // 3 found, 7 at rank 5
        Assert.Equal(1.0, RankingMetrics.RecallAtK(ranked, Set(3, 7), 5));
        Assert.Equal(0.0, RankingMetrics.RecallAtK(ranked, Set(42), 5));
        Assert.Equal(1.0 / 3, RankingMetrics.RecallAtK(ranked, Set(5, 40, 41), 10), 12); // k beyond the list
    }

    [Fact]
    public void Ndcg_with_one_held_out_item_is_one_over_log2_of_rank_plus_one()
    {
        int[] ranked = [5, 3, 9, 1, 7];
        Assert.Equal(1.0, RankingMetrics.NdcgAtK(ranked, Set(5), 10), 12);
        Assert.Equal(0.5, RankingMetrics.NdcgAtK(ranked, Set(9), 10), 12);            // rank 3: 1/log2(4)
        Assert.Equal(1 / Math.Log2(5), RankingMetrics.NdcgAtK(ranked, Set(1), 10), 12); // rank 4
        Assert.Equal(1 / Math.Log2(3), RankingMetrics.NdcgAtK(ranked, Set(3), 10), 12);
        Assert.Equal(0.0, RankingMetrics.NdcgAtK(ranked, Set(7), 4));
    }

    [Fact]
    public void Ndcg_with_two_relevant_items_divides_by_the_ideal_order()
    {
        // relevant at ranks 2 and 4: DCG = 1/log2(3) + 1/log2(5); ideal = 1 + 1/log2(3).
        int[] ranked = [10, 20, 30, 40];
        var expected = (1 / Math.Log2(3) + 1 / Math.Log2(5)) / (1 + 1 / Math.Log2(3));
        Assert.Equal(expected, RankingMetrics.NdcgAtK(ranked, Set(20, 40), 4), 12);
        Assert.Equal(0.6509209298071326, expected, 12);
        Assert.Equal(1.0, RankingMetrics.NdcgAtK([20, 40, 10], Set(20, 40), 3), 12);
    }

    [Fact]
    public void A_repeated_item_is_counted_once()
    {
        Assert.Equal(0.5, RankingMetrics.RecallAtK([3, 3, 3], Set(3, 4), 3));
        Assert.Equal(1 / (1 + 1 / Math.Log2(3)), RankingMetrics.NdcgAtK([3, 3], Set(3, 4), 2), 12);
    }

    [Fact]
    public void Bad_arguments_name_the_argument()
    {
        Assert.Equal("relevant", Assert.Throws<ArgumentException>(() => RankingMetrics.RecallAtK([1], Set(), 1)).ParamName);
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => RankingMetrics.NdcgAtK([1], Set(1), 0)).ParamName);
    }
}
