namespace Curriculum.Data;

/// <summary>
/// Small labelled samples for learning curves ("what if only 16 messages were labelled?"): a seeded, stratified draw of
/// a fixed number of examples from a pool. Introduced in lesson 01.
/// </summary>
public static class LabelBudget
{
    /// <summary>
    /// <paramref name="budget"/> indices into <paramref name="labels"/>, drawn without replacement with the seed, each class
    /// getting its share of the budget (rounded) but at least <paramref name="minPerClass"/>, so a tiny budget still sees
    /// every class. The indices come back sorted. Introduced in lesson 01.
    /// </summary>
    public static int[] Sample(IReadOnlyList<bool> labels, int budget, int seed, int minPerClass = 2)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        if (minPerClass < 0) throw new ArgumentOutOfRangeException(nameof(minPerClass), minPerClass, "minPerClass must be 0 or more");
        if (budget < 2 * minPerClass || budget > labels.Count)
            throw new ArgumentOutOfRangeException(nameof(budget), budget, $"budget must be between {2 * minPerClass} (minPerClass per class) and the pool size {labels.Count}");
        if (positives < minPerClass || negatives < minPerClass)
            throw new ArgumentException($"the pool has {positives} positive and {negatives} negative labels; each class needs at least minPerClass = {minPerClass}", nameof(labels));
        var wantPositive = (int)Math.Round(budget * (double)positives / labels.Count);
        wantPositive = Math.Clamp(wantPositive, minPerClass, budget - minPerClass);
        wantPositive = Math.Clamp(wantPositive, budget - negatives, positives);
        var rng = new Random(seed);
        var pos = Enumerable.Range(0, labels.Count).Where(i => labels[i]).ToArray();
        var neg = Enumerable.Range(0, labels.Count).Where(i => !labels[i]).ToArray();
        rng.Shuffle(pos);
        rng.Shuffle(neg);
        return pos.Take(wantPositive).Concat(neg.Take(budget - wantPositive)).Order().ToArray();
    }
}
