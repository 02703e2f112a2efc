namespace Curriculum.Data;

/// <summary>Seeded train/test splits, so every run of a lesson sees the same held-out rows. Introduced in lesson 01.</summary>
public static class Split
{
    /// <summary>Shuffles 0..count-1 with the seed and cuts off the last <paramref name="testFraction"/> as the test set. Introduced in lesson 03.</summary>
    public static (int[] Train, int[] Test) Random(int count, double testFraction, int seed)
    {
        if (count < 2) throw new ArgumentOutOfRangeException(nameof(count), count, "need at least 2 rows to split");
        CheckFraction(testFraction);
        var order = Shuffled(count, seed);
        var testCount = Math.Clamp((int)Math.Round(count * testFraction), 1, count - 1);
        return (order[..^testCount].Order().ToArray(), order[^testCount..].Order().ToArray());
    }

    /// <summary>
    /// Like <see cref="Random"/>, but each class keeps its share in both parts (stratified), which matters for small or
    /// unbalanced data. Introduced in lesson 01.
    /// </summary>
    public static (int[] Train, int[] Test) Stratified(IReadOnlyList<int> labels, double testFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count < 2) throw new ArgumentException($"need at least 2 labels to split, got {labels.Count}", nameof(labels));
        CheckFraction(testFraction);
        var rng = new System.Random(seed);
        var train = new List<int>();
        var test = new List<int>();
        foreach (var group in labels.Select((label, index) => (label, index)).GroupBy(p => p.label).OrderBy(g => g.Key))
        {
            var members = group.Select(p => p.index).ToArray();
            rng.Shuffle(members);
            var testCount = (int)Math.Round(members.Length * testFraction);
            test.AddRange(members[..testCount]);
            train.AddRange(members[testCount..]);
        }
        // Rounding per class can leave one side empty on tiny data (e.g. 5 classes of 2 rows at 0.2); say so here
        // rather than hand back an empty set that fails later in a metric.
        if (test.Count == 0 || train.Count == 0)
            throw new ArgumentException(
                $"a stratified split of {labels.Count} rows with testFraction {testFraction.ToString(System.Globalization.CultureInfo.InvariantCulture)} leaves the {(test.Count == 0 ? "test" : "training")} set empty " +
                "(each class's share is rounded); use more rows, a different testFraction, or Split.Random", nameof(testFraction));
        return (train.Order().ToArray(), test.Order().ToArray());
    }

    /// <summary>Stratified split of boolean labels. Introduced in lesson 01.</summary>
    public static (int[] Train, int[] Test) Stratified(IReadOnlyList<bool> labels, double testFraction, int seed) =>
        Stratified(labels.Select(b => b ? 1 : 0).ToArray(), testFraction, seed);

    /// <summary>0..count-1 in a seeded random order.</summary>
    public static int[] Shuffled(int count, int seed)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new System.Random(seed).Shuffle(order);
        return order;
    }

    private static void CheckFraction(double testFraction)
    {
        if (!(testFraction > 0 && testFraction < 1))
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "testFraction must be strictly between 0 and 1");
    }
}
