using Curriculum.Anomaly;

namespace Curriculum.Tests.Anomaly;

public class IsolationForestTests
{
    private static float[][] Cluster(int n, int seed, double centre = 0, double spread = 1)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => new[] { (float)(centre + spread * Gaussian(random)), (float)(centre + spread * Gaussian(random)) }).ToArray();
    }

    private static double Gaussian(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 0.0)]
    [InlineData(2, 1.0)]
    // 2 (ln(n-1) + 0.5772156649) - 2 (n-1)/n, by hand: n = 3: 2 (0.693147 + 0.577216) - 4/3 = 1.207392.
    [InlineData(3, 1.2073920)]
    // n = 256: 2 (ln 255 + 0.5772157) - 510/256 = 2 (5.541264 + 0.577216) - 1.992188 = 10.244770.
    [InlineData(256, 10.2447706)]
    public void Average_path_length_follows_its_formula(double n, double expected) =>
        Assert.Equal(expected, IsolationForest.AveragePathLength(n), 6);

    [Fact]
    public void Average_path_length_approaches_the_exact_harmonic_formula()
    {
        // With the exact harmonic number H(n-1) = sum 1/i, c(n) differs from the ln approximation by less than 1/(n-1).
        for (var n = 10; n <= 1000; n *= 10)
        {
            var exact = 2 * Enumerable.Range(1, n - 1).Sum(i => 1.0 / i) - 2.0 * (n - 1) / n;
            Assert.InRange(IsolationForest.AveragePathLength(n) - exact, -1.0 / (n - 1), 1.0 / (n - 1));
        }
    }

    [Fact]
    public void Points_far_from_the_cluster_score_higher_than_its_members()
    {
        var normal = Cluster(500, seed: 1);
        var forest = new IsolationForest(treeCount: 100, sampleSize: 128, seed: 3).Fit(normal);
        var outliers = new[] { new[] { 6f, 6f }, new[] { -7f, 5f }, new[] { 5f, -8f } };

        var inScores = forest.Score(Cluster(200, seed: 2));
        var outScores = forest.Score(outliers);

        Assert.All(outScores, s => Assert.True(s > inScores.Max(), $"outlier score {s:0.000} not above every member ({inScores.Max():0.000})"));
        Assert.All(outScores, s => Assert.True(s > 0.6, $"outlier score {s:0.000}"));
        Assert.InRange(inScores.Average(), 0.3, 0.5);
    }

    [Fact]
    public void A_small_distant_cluster_in_the_training_data_scores_higher()
    {
        // 20 anomalies in a tight group far away, mixed into the training data: the forest is unsupervised.
        var rows = Cluster(480, seed: 4).Concat(Cluster(20, seed: 5, centre: 8, spread: 0.3)).ToArray();
        var scores = new IsolationForest(seed: 1).Fit(rows).Score(rows);

        Assert.True(scores[480..].Min() > scores[..480].Average() + 0.1,
            $"smallest anomaly score {scores[480..].Min():0.000}, mean normal {scores[..480].Average():0.000}");
    }

    [Fact]
    public void Same_seed_same_scores_other_seed_other_scores()
    {
        var rows = Cluster(300, seed: 6);
        var a = new IsolationForest(seed: 9).Fit(rows).Score(rows);
        var b = new IsolationForest(seed: 9).Fit(rows).Score(rows);
        var c = new IsolationForest(seed: 10).Fit(rows).Score(rows);

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void A_single_tree_of_two_distinct_points_isolates_each_in_one_step()
    {
        var forest = new IsolationForest(treeCount: 1, sampleSize: 2, seed: 0).Fit([[0f], [1f]]);

        // One cut separates them: path length 1 each, c(2) = 1, so s = 2^-1.
        Assert.Equal(1.0, forest.MeanPathLength([0f]));
        Assert.Equal(new[] { 0.5, 0.5 }, forest.Score([[0f], [1f]]));
        Assert.Equal(2, forest.UsedSampleSize);
    }

    [Fact]
    public void Identical_points_are_not_split_and_get_c_of_their_count()
    {
        var rows = Enumerable.Repeat(new[] { 1f, 2f }, 10).ToArray();
        var forest = new IsolationForest(treeCount: 5, sampleSize: 8, seed: 0).Fit(rows);

        Assert.Equal(IsolationForest.AveragePathLength(8), forest.MeanPathLength([1f, 2f]), 12);
    }

    [Fact]
    public void Bad_arguments_name_the_argument()
    {
        Assert.Equal("treeCount", Assert.Throws<ArgumentOutOfRangeException>(() => new IsolationForest(treeCount: 0)).ParamName);
        Assert.Equal("sampleSize", Assert.Throws<ArgumentOutOfRangeException>(() => new IsolationForest(sampleSize: 1)).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => IsolationForest.AveragePathLength(-1)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => new IsolationForest().Fit([[1f, 2f], [1f]]));
        Assert.Equal("rows", e.ParamName);
        Assert.Contains("row 1 has 1 features, expected 2", e.Message);
        Assert.Throws<InvalidOperationException>(() => new IsolationForest().Score([[1f]]));
        var fitted = new IsolationForest(treeCount: 2).Fit([[1f, 2f], [3f, 4f]]);
        Assert.Contains("expected 2", Assert.Throws<ArgumentException>(() => fitted.Score([[1f]])).Message);
    }
}
