namespace Curriculum.Data;

/// <summary>One fold of k-fold cross-validation: the rows to train on and the rows to validate on.</summary>
public sealed record Fold(int Index, int[] Train, int[] Validation);

/// <summary>
/// K-fold cross-validation splits: every row is in exactly one validation fold, and each fold trains on the rest.
/// Training k models measures how much a score varies with the split; it does not make any one model generalise
/// better. Introduced in lesson 02.
/// </summary>
public static class KFold
{
    /// <summary>
    /// <paramref name="k"/> stratified folds of the rows 0..labels.Count-1: each class is dealt round-robin over the folds
    /// after a seeded shuffle, so every fold has each class's share (±1 row) and fold sizes differ by at most one per
    /// class. Indices in each part are sorted. Introduced in lesson 02.
    /// </summary>
    public static Fold[] Stratified(IReadOnlyList<int> labels, int k, int seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (k < 2) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be at least 2");
        if (labels.Count < k) throw new ArgumentException($"need at least k = {k} rows for {k} folds, got {labels.Count}", nameof(labels));
        var rng = new Random(seed);
        var members = Enumerable.Range(0, k).Select(_ => new List<int>()).ToArray();
        var next = 0; // continue the round-robin across classes so fold sizes stay balanced overall
        foreach (var group in labels.Select((label, index) => (label, index)).GroupBy(p => p.label).OrderBy(g => g.Key))
        {
            var rows = group.Select(p => p.index).ToArray();
            rng.Shuffle(rows);
            foreach (var row in rows)
            {
                members[next].Add(row);
                next = (next + 1) % k;
            }
        }
        return Enumerable.Range(0, k).Select(f => new Fold(
            f,
            members.Where((_, g) => g != f).SelectMany(m => m).Order().ToArray(),
            members[f].Order().ToArray())).ToArray();
    }

    /// <summary>Mean and sample standard deviation (n − 1) of per-fold scores. Introduced in lesson 02.</summary>
    public static (double Mean, double StandardDeviation) Summary(IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count < 2) throw new ArgumentException($"need at least 2 scores for a spread, got {scores.Count}", nameof(scores));
        var mean = scores.Average();
        var variance = scores.Sum(s => (s - mean) * (s - mean)) / (scores.Count - 1);
        return (mean, Math.Sqrt(variance));
    }
}
