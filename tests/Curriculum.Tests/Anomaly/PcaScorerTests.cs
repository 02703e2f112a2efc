using Curriculum.Anomaly;
using Curriculum.Data;
using Microsoft.ML;

namespace Curriculum.Tests.Anomaly;

public class PcaScorerTests
{
    [Fact]
    public void Distances_by_hand_for_an_axis_subspace()
    {
        // Subspace: the x axis through (1, 0, 0), variance 4 along it. Row (3, 3, 4): coordinate 2, residual 3² + 4² = 25,
        // T² = 2² / 4 = 1, normalised residual √(25 / (4 + 25)).
        var scorer = new PcaScorer([[1f, 0f, 0f]], [1f, 0f, 0f], [4.0]);
        float[][] rows = [[3f, 3f, 4f], [1f, 0f, 0f]];

        Assert.Equal(new[] { 2.0 }, scorer.Coordinates(rows[0]));
        Assert.Equal(new[] { 25.0, 0.0 }, scorer.Residual(rows));
        Assert.Equal(new[] { 1.0, 0.0 }, scorer.WithinSubspace(rows));
        Assert.Equal(Math.Sqrt(25.0 / 29.0), scorer.NormalisedResidual(rows)[0], 12);
        Assert.Equal(0.0, scorer.NormalisedResidual(rows)[1]);
    }

    [Fact]
    public void The_normalised_residual_is_blind_to_distance_along_the_subspace_but_T2_is_not()
    {
        var scorer = new PcaScorer([[1f, 0f]], [0f, 0f], [1.0]);
        float[][] rows = [[1f, 0.1f], [10f, 1f]]; // the second is the first scaled by 10

        var normalised = scorer.NormalisedResidual(rows);
        var t2 = scorer.WithinSubspace(rows);

        Assert.Equal(normalised[0], normalised[1], 6);
        Assert.Equal(100 * t2[0], t2[1], 6);
    }

    [Fact]
    public void Reads_ML_NET_models_subspace_and_reproduces_its_Score()
    {
        // Rows spread along the direction (1, 2, 2)/3 with a little noise: the first principal direction must be it.
        var random = new Random(5);
        var rows = Enumerable.Range(0, 400).Select(_ =>
        {
            var t = 3 * (random.NextDouble() - 0.5);
            return new[] { (float)(0.5 + t / 3 + 0.05 * (random.NextDouble() - 0.5)), (float)(2 * t / 3 + 0.05 * (random.NextDouble() - 0.5)), (float)(2 * t / 3 + 0.05 * (random.NextDouble() - 0.5)) };
        }).ToArray();
        var ml = new MLContext(seed: 1);
        var model = ml.AnomalyDetection.Trainers.RandomizedPca(rank: 1, ensureZeroMean: true, seed: 1)
            .Fit(MlNetData.Binary(ml, rows, new bool[rows.Length]));
        var mlScores = MlNetData.Column(model.Transform(MlNetData.Binary(ml, rows, new bool[rows.Length])), "Score");

        var scorer = PcaScorer.FromMlNet(model.Model, rows);

        Assert.Equal(1, scorer.Rank);
        var ours = scorer.NormalisedResidual(rows);
        for (var i = 0; i < rows.Length; i++) Assert.InRange(Math.Abs(mlScores[i] - ours[i]), 0, 1e-3); // ML.NET works in float
        // The coordinate along the first direction is ±(x − mean)·(1, 2, 2)/3, so its variance is that of t (uniform on
        // [−1.5, 1.5]: 0.75), and T² averages 1 over the reference rows.
        Assert.InRange(scorer.WithinSubspace(rows).Average(), 0.999, 1.001);
        var c = scorer.Coordinates([6f, 2f, 2f])[0] - scorer.Coordinates([5f, 0f, 0f])[0];
        Assert.InRange(Math.Abs(c), 2.95, 3.05); // the step (1, 2, 2) has length 3 along the direction
    }

    [Fact]
    public void Bad_arguments_name_the_argument()
    {
        Assert.Equal("components", Assert.Throws<ArgumentException>(() => new PcaScorer([], [0f], [])).ParamName);
        Assert.Equal("components", Assert.Throws<ArgumentException>(() => new PcaScorer([[1f]], [0f, 0f], [1.0])).ParamName);
        Assert.Equal("variances", Assert.Throws<ArgumentException>(() => new PcaScorer([[1f, 0f]], [0f, 0f], [1.0, 2.0])).ParamName);
        Assert.Equal("variances", Assert.Throws<ArgumentOutOfRangeException>(() => new PcaScorer([[1f, 0f]], [0f, 0f], [0.0])).ParamName);
        var scorer = new PcaScorer([[1f, 0f]], [0f, 0f], [1.0]);
        var e = Assert.Throws<ArgumentException>(() => scorer.Residual([[1f, 2f, 3f]]));
        Assert.Equal("row", e.ParamName);
        Assert.Contains("expected a row of 2 features, got 3", e.Message);
    }
}
