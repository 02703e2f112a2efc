namespace Curriculum.Text;

/// <summary>
/// Tools to look at a set of embedding vectors: k-means clusters and a 2-D map by principal component analysis.
/// Introduced in lesson 26.
/// </summary>
public static class VectorMaps
{
    /// <summary>
    /// k-means (Lloyd's algorithm, k-means++ seeding with the seed): the cluster of each vector, 0..k-1, after
    /// <paramref name="iterations"/> rounds or when nothing changes. Introduced in lesson 26.
    /// </summary>
    public static int[] KMeans(IReadOnlyList<float[]> vectors, int k, int seed, int iterations = 50)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (k < 1 || k > vectors.Count) throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be between 1 and the number of vectors ({vectors.Count})");
        var rng = new Random(seed);
        var dim = vectors[0].Length;
        var centres = new List<double[]> { vectors[rng.Next(vectors.Count)].Select(x => (double)x).ToArray() };
        while (centres.Count < k)
        {
            var d2 = vectors.Select(v => centres.Min(c => Distance2(v, c))).ToArray();
            var r = rng.NextDouble() * d2.Sum();
            var pick = 0;
            for (var acc = d2[0]; acc < r && pick < d2.Length - 1; acc += d2[++pick]) { }
            centres.Add(vectors[pick].Select(x => (double)x).ToArray());
        }
        var assignment = new int[vectors.Count];
        for (var it = 0; it < iterations; it++)
        {
            var changed = false;
            for (var i = 0; i < vectors.Count; i++)
            {
                var best = Enumerable.Range(0, k).MinBy(c => Distance2(vectors[i], centres[c]));
                if (best != assignment[i] || it == 0) { changed |= best != assignment[i]; assignment[i] = best; }
            }
            if (!changed && it > 0) break;
            for (var c = 0; c < k; c++)
            {
                var members = Enumerable.Range(0, vectors.Count).Where(i => assignment[i] == c).ToArray();
                if (members.Length == 0) continue;
                centres[c] = Enumerable.Range(0, dim).Select(d => members.Average(i => (double)vectors[i][d])).ToArray();
            }
        }
        return assignment;
    }

    /// <summary>
    /// The first two principal components of the vectors (centred), by power iteration with deflation: each row's
    /// coordinates (x, y) and the share of variance each component explains. Introduced in lesson 26.
    /// </summary>
    public static (double[] X, double[] Y, double[] ExplainedShare) Pca2D(IReadOnlyList<float[]> vectors, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count < 3) throw new ArgumentException($"need at least 3 vectors for a 2-D map, got {vectors.Count}", nameof(vectors));
        var n = vectors.Count;
        var dim = vectors[0].Length;
        var mean = Enumerable.Range(0, dim).Select(d => vectors.Average(v => (double)v[d])).ToArray();
        var rows = vectors.Select(v => v.Select((x, d) => x - mean[d]).ToArray()).ToArray();
        var total = rows.Sum(r => r.Sum(x => x * x));
        var rng = new Random(seed);
        var coords = new double[2][];
        var shares = new double[2];
        for (var c = 0; c < 2; c++)
        {
            var w = Enumerable.Range(0, dim).Select(_ => rng.NextDouble() - 0.5).ToArray();
            for (var it = 0; it < 200; it++)
            {
                var proj = rows.Select(r => Dot(r, w)).ToArray();
                var next = new double[dim];
                for (var i = 0; i < n; i++) for (var d = 0; d < dim; d++) next[d] += proj[i] * rows[i][d];
                var norm = Math.Sqrt(next.Sum(x => x * x));
                if (norm == 0) break;
                w = next.Select(x => x / norm).ToArray();
            }
            // A fixed sign (largest weight positive) so re-runs give the same picture.
            if (w[Array.IndexOf(w.Select(Math.Abs).ToArray(), w.Max(Math.Abs))] < 0) w = w.Select(x => -x).ToArray();
            coords[c] = rows.Select(r => Dot(r, w)).ToArray();
            shares[c] = total == 0 ? 0 : coords[c].Sum(x => x * x) / total;
            for (var i = 0; i < n; i++) { var p = coords[c][i]; for (var d = 0; d < dim; d++) rows[i][d] -= p * w[d]; }
        }
        return (coords[0], coords[1], shares);
    }

    private static double Dot(double[] a, double[] b) { double s = 0; for (var i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }

    private static double Distance2(float[] v, double[] c) { double s = 0; for (var i = 0; i < v.Length; i++) { var d = v[i] - c[i]; s += d * d; } return s; }
}
