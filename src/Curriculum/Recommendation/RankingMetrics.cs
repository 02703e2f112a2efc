namespace Curriculum.Recommendation;

/// <summary>
/// Top-k metrics for a ranked list of recommendations against the set of items the user actually chose.
/// Introduced in lesson 26.
/// </summary>
public static class RankingMetrics
{
    /// <summary>
    /// Recall@k: the share of the relevant items that appear among the first k recommended. With one held-out item
    /// (leave-last-out) this is the hit rate: 1 if it is in the top k, else 0. Introduced in lesson 26.
    /// </summary>
    public static double RecallAtK(IReadOnlyList<int> ranked, IReadOnlySet<int> relevant, int k)
    {
        Validate(ranked, relevant, k);
        var hits = ranked.Take(k).Distinct().Count(relevant.Contains);
        return (double)hits / relevant.Count;
    }

    /// <summary>
    /// NDCG@k with binary relevance: DCG = Σ over the first k positions p (1-based) holding a relevant item of
    /// 1 / log2(p + 1), divided by the best possible DCG (all relevant items first). 1 = perfect, 0 = none in the top k.
    /// With one held-out item this is 1 / log2(rank + 1) when its rank is ≤ k. Introduced in lesson 29.
    /// </summary>
    public static double NdcgAtK(IReadOnlyList<int> ranked, IReadOnlySet<int> relevant, int k)
    {
        Validate(ranked, relevant, k);
        double dcg = 0;
        var seen = new HashSet<int>();
        for (var p = 0; p < Math.Min(k, ranked.Count); p++)
            if (relevant.Contains(ranked[p]) && seen.Add(ranked[p])) dcg += 1 / Math.Log2(p + 2);
        double ideal = 0;
        for (var p = 0; p < Math.Min(k, relevant.Count); p++) ideal += 1 / Math.Log2(p + 2);
        return dcg / ideal;
    }

    private static void Validate(IReadOnlyList<int> ranked, IReadOnlySet<int> relevant, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(relevant);
        if (relevant.Count == 0) throw new ArgumentException("need at least one relevant item", nameof(relevant));
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "must be at least 1");
    }
}
