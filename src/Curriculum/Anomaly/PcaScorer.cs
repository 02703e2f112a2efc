using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Curriculum.Anomaly;

/// <summary>
/// Anomaly scores from a fitted PCA subspace (mean + principal directions), as distances rather than angles.
/// ML.NET's <c>RandomizedPca</c> "Score" is the *normalised* reconstruction error √(residual² / ‖x − mean‖²), the sine
/// of the angle between the centred row and the subspace: a row 10 times farther out along a normal direction gets the
/// same score as an ordinary one. This class reads the subspace out of the ML.NET model and gives the two classic
/// distances instead: the squared residual off the subspace (SPE, or Q statistic) and Hotelling's T² inside it
/// (squared coordinates divided by their variance on the reference rows). Introduced in lesson 30.
/// </summary>
public sealed class PcaScorer
{
    private readonly float[][] _components;
    private readonly float[] _mean;
    private readonly double[] _variances;

    /// <summary>The number of principal directions (the PCA rank).</summary>
    public int Rank => _components.Length;

    /// <param name="components">Orthonormal principal directions, each as long as <paramref name="mean"/>.</param>
    /// <param name="mean">The mean row the subspace passes through.</param>
    /// <param name="variances">The variance of the reference rows' coordinate along each direction (positive).</param>
    public PcaScorer(float[][] components, float[] mean, double[] variances)
    {
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(variances);
        if (components.Length == 0) throw new ArgumentException("need at least one principal direction", nameof(components));
        for (var k = 0; k < components.Length; k++)
            if (components[k] is null || components[k].Length != mean.Length)
                throw new ArgumentException($"direction {k} has {components[k]?.Length ?? 0} values, expected {mean.Length} like the mean", nameof(components));
        if (variances.Length != components.Length)
            throw new ArgumentException($"need one variance per direction: {components.Length} directions, {variances.Length} variances", nameof(variances));
        if (variances.Any(v => !(v > 0)))
            throw new ArgumentOutOfRangeException(nameof(variances), "every variance must be positive");
        _components = components;
        _mean = mean;
        _variances = variances;
    }

    /// <summary>
    /// Reads the mean and principal directions out of a fitted ML.NET PCA model, and measures the variance along each
    /// direction on <paramref name="reference"/> (the rows the model was trained on). Introduced in lesson 30.
    /// </summary>
    public static PcaScorer FromMlNet(PcaModelParameters model, IReadOnlyList<float[]> reference)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Count < 2) throw new ArgumentException($"need at least 2 reference rows to measure variances, got {reference.Count}", nameof(reference));
        VBuffer<float>[] vectors = [];
        model.GetEigenVectors(ref vectors, out var rank);
        VBuffer<float> meanBuffer = default;
        model.GetMean(ref meanBuffer);
        var components = vectors.Take(rank).Select(v => v.DenseValues().ToArray()).ToArray();
        var mean = meanBuffer.Length == 0 ? new float[components[0].Length] : meanBuffer.DenseValues().ToArray();
        var unit = new PcaScorer(components, mean, Enumerable.Repeat(1.0, rank).ToArray());
        var coordinates = reference.Select(unit.Coordinates).ToArray();
        var variances = Enumerable.Range(0, rank).Select(k =>
        {
            var m = coordinates.Average(c => c[k]);
            return Math.Max(coordinates.Average(c => (c[k] - m) * (c[k] - m)), 1e-12);
        }).ToArray();
        return new PcaScorer(components, mean, variances);
    }

    /// <summary>The row's coordinates along the principal directions, (x − mean) · v_k. Introduced in lesson 30.</summary>
    public double[] Coordinates(float[] row)
    {
        Check(row);
        return _components.Select(v =>
        {
            double s = 0;
            for (var j = 0; j < row.Length; j++) s += (row[j] - _mean[j]) * (double)v[j];
            return s;
        }).ToArray();
    }

    /// <summary>Squared distance of each row from the subspace: ‖x − mean‖² − Σ_k coordinate_k² (SPE, Q statistic). Introduced in lesson 30.</summary>
    public double[] Residual(IReadOnlyList<float[]> rows) => rows.Select(row =>
    {
        var c = Coordinates(row);
        double total = 0;
        for (var j = 0; j < row.Length; j++) total += (row[j] - _mean[j]) * (double)(row[j] - _mean[j]);
        return Math.Max(0, total - c.Sum(x => x * x));
    }).ToArray();

    /// <summary>Hotelling's T² of each row inside the subspace: Σ_k coordinate_k² / variance_k. Introduced in lesson 30.</summary>
    public double[] WithinSubspace(IReadOnlyList<float[]> rows) =>
        rows.Select(row => Coordinates(row).Select((c, k) => c * c / _variances[k]).Sum()).ToArray();

    /// <summary>What ML.NET's PCA reports as Score: √(residual / ‖x − mean‖²), an angle, blind to distance. Introduced in lesson 30.</summary>
    public double[] NormalisedResidual(IReadOnlyList<float[]> rows)
    {
        var residual = Residual(rows);
        return rows.Select((row, i) =>
        {
            double total = 0;
            for (var j = 0; j < row.Length; j++) total += (row[j] - _mean[j]) * (double)(row[j] - _mean[j]);
            return total == 0 ? 0 : Math.Sqrt(residual[i] / total);
        }).ToArray();
    }

    private void Check(float[] row)
    {
        if (row is null || row.Length != _mean.Length)
            throw new ArgumentException($"expected a row of {_mean.Length} features, got {row?.Length.ToString() ?? "null"}", nameof(row));
    }
}
