namespace Curriculum.Anomaly;

/// <summary>
/// Isolation forest (Liu, Ting and Zhou 2008): many random trees, each grown on a small random sample by splitting on
/// a random feature at a random value between that feature's minimum and maximum, until a point is alone or the tree
/// reaches its height limit. Anomalies are few and different, so random cuts isolate them in fewer steps: a short
/// average path means anomalous. The score is s(x) = 2^(−E[h(x)] / c(ψ)) in (0, 1]; about 0.5 or less is ordinary,
/// close to 1 is anomalous. Unsupervised: it never sees labels. Seeded, so the same data and seed give the same scores.
/// Introduced in lesson 30.
/// </summary>
public sealed class IsolationForest
{
    private const double EulerGamma = 0.5772156649015329;

    // A tree is stored as flat arrays; a leaf has Feature = -1 and Size = number of training points that reached it.
    private sealed record Tree(int[] Feature, double[] Split, int[] Left, int[] Right, int[] Size);

    private readonly List<Tree> _trees = [];

    public int TreeCount { get; }
    public int SampleSize { get; }
    public int Seed { get; }
    public int Dimensions { get; private set; }

    /// <summary>The sample size actually used per tree (ψ, at most the number of training rows). Introduced in lesson 30.</summary>
    public int UsedSampleSize { get; private set; }

    /// <param name="treeCount">Number of trees (the paper's default is 100).</param>
    /// <param name="sampleSize">Rows drawn without replacement for each tree, ψ (the paper's default is 256).</param>
    /// <param name="seed">Seed of the random sampling and splits.</param>
    public IsolationForest(int treeCount = 100, int sampleSize = 256, int seed = 0)
    {
        if (treeCount <= 0) throw new ArgumentOutOfRangeException(nameof(treeCount), treeCount, "need at least one tree");
        if (sampleSize < 2) throw new ArgumentOutOfRangeException(nameof(sampleSize), sampleSize, "each tree needs a sample of at least 2 rows");
        TreeCount = treeCount;
        SampleSize = sampleSize;
        Seed = seed;
    }

    /// <summary>
    /// c(n) = 2 H(n − 1) − 2 (n − 1) / n with H(i) ≈ ln i + 0.5772156649 (Euler's constant): the average path length of
    /// an unsuccessful search in a binary search tree of n points, used to normalise path lengths. c(2) = 1 and
    /// c(n) = 0 for n ≤ 1. Introduced in lesson 30.
    /// </summary>
    public static double AveragePathLength(double n)
    {
        if (double.IsNaN(n) || n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "must be a count, 0 or more");
        if (n <= 1) return 0;
        if (n == 2) return 1;
        return 2 * (Math.Log(n - 1) + EulerGamma) - 2 * (n - 1) / n;
    }

    /// <summary>Grows the trees on <paramref name="rows"/> (all rows the same length). Introduced in lesson 30.</summary>
    public IsolationForest Fit(IReadOnlyList<float[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count < 2) throw new ArgumentException($"need at least 2 rows to fit, got {rows.Count}", nameof(rows));
        Dimensions = rows[0]?.Length ?? throw new ArgumentException("row 0 is null", nameof(rows));
        if (Dimensions == 0) throw new ArgumentException("rows must have at least one feature", nameof(rows));
        for (var i = 0; i < rows.Count; i++)
            if (rows[i] is null || rows[i].Length != Dimensions)
                throw new ArgumentException($"row {i} has {rows[i]?.Length.ToString() ?? "no"} features, expected {Dimensions} like row 0", nameof(rows));

        var random = new Random(Seed);
        UsedSampleSize = Math.Min(SampleSize, rows.Count);
        var heightLimit = (int)Math.Ceiling(Math.Log2(UsedSampleSize));
        var all = Enumerable.Range(0, rows.Count).ToArray();
        _trees.Clear();
        for (var t = 0; t < TreeCount; t++)
        {
            // Partial Fisher-Yates shuffle: the first UsedSampleSize entries are a sample without replacement.
            for (var i = 0; i < UsedSampleSize; i++)
            {
                var j = random.Next(i, all.Length);
                (all[i], all[j]) = (all[j], all[i]);
            }
            _trees.Add(Grow(rows, all[..UsedSampleSize], heightLimit, random));
        }
        return this;
    }

    /// <summary>The anomaly score s(x) = 2^(−mean path length / c(ψ)) of each row; higher = more anomalous. Introduced in lesson 30.</summary>
    public double[] Score(IReadOnlyList<float[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (_trees.Count == 0) throw new InvalidOperationException("call Fit before Score");
        var scores = new double[rows.Count];
        for (var i = 0; i < rows.Count; i++)
            if (rows[i] is null || rows[i].Length != Dimensions)
                throw new ArgumentException($"row {i} has {rows[i]?.Length.ToString() ?? "no"} features, expected {Dimensions}", nameof(rows));
        var c = AveragePathLength(UsedSampleSize);
        Parallel.For(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => scores[i] = Math.Pow(2, -MeanPathLength(rows[i]) / c));
        return scores;
    }

    /// <summary>E[h(x)]: the path length averaged over the trees, each leaf adding c(size) for the points it did not separate. Introduced in lesson 30.</summary>
    public double MeanPathLength(float[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (_trees.Count == 0) throw new InvalidOperationException("call Fit before MeanPathLength");
        double total = 0;
        foreach (var tree in _trees)
        {
            int node = 0, depth = 0;
            while (tree.Feature[node] >= 0)
            {
                node = x[tree.Feature[node]] < tree.Split[node] ? tree.Left[node] : tree.Right[node];
                depth++;
            }
            total += depth + AveragePathLength(tree.Size[node]);
        }
        return total / _trees.Count;
    }

    private static Tree Grow(IReadOnlyList<float[]> rows, int[] sample, int heightLimit, Random random)
    {
        var feature = new List<int>();
        var split = new List<double>();
        var left = new List<int>();
        var right = new List<int>();
        var size = new List<int>();

        int Build(int[] members, int depth)
        {
            var node = feature.Count;
            feature.Add(-1); split.Add(0); left.Add(-1); right.Add(-1); size.Add(members.Length);
            if (depth >= heightLimit || members.Length <= 1) return node;
            // Choose a random feature among those that still vary in this node; a node of identical points is a leaf.
            var dims = rows[members[0]].Length;
            var start = random.Next(dims);
            for (var k = 0; k < dims; k++)
            {
                var f = (start + k) % dims;
                double min = double.MaxValue, max = double.MinValue;
                foreach (var m in members) { var v = rows[m][f]; if (v < min) min = v; if (v > max) max = v; }
                if (max <= min) continue;
                var cut = min + random.NextDouble() * (max - min);
                if (cut <= min) cut = Math.BitIncrement(min); // keep at least one point on each side
                var lower = members.Where(m => rows[m][f] < cut).ToArray();
                var upper = members.Where(m => rows[m][f] >= cut).ToArray();
                feature[node] = f;
                split[node] = cut;
                var l = Build(lower, depth + 1);
                var r = Build(upper, depth + 1);
                left[node] = l;
                right[node] = r;
                return node;
            }
            return node;
        }

        Build(sample, 0);
        return new Tree(feature.ToArray(), split.ToArray(), left.ToArray(), right.ToArray(), size.ToArray());
    }
}
