using Curriculum.Text;

namespace Curriculum.Tests.Text;

public class VectorMapsTests
{
    [Fact]
    public void KMeans_separates_two_distant_blobs()
    {
        var rng = new Random(3);
        var points = Enumerable.Range(0, 40).Select(i => new[] { (float)(rng.NextDouble() + (i < 20 ? 0 : 10)), (float)rng.NextDouble() }).ToArray();
        var clusters = VectorMaps.KMeans(points, 2, seed: 1);
        Assert.Single(clusters.Take(20).Distinct());
        Assert.Single(clusters.Skip(20).Distinct());
        Assert.NotEqual(clusters[0], clusters[39]);
        Assert.Equal(clusters, VectorMaps.KMeans(points, 2, seed: 1));
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => VectorMaps.KMeans(points, 41, 1)).ParamName);
    }

    [Fact]
    public void Pca_of_points_on_a_line_puts_all_variance_on_the_first_axis()
    {
        // Points t·(1, 2, 2)/3 + (5, 5, 5): the first component is that direction, the coordinate is t minus its mean.
        var ts = new[] { -2.0, -1, 0, 1, 2, 3 };
        var points = ts.Select(t => new[] { (float)(5 + t / 3), (float)(5 + 2 * t / 3), (float)(5 + 2 * t / 3) }).ToArray();
        var (x, y, share) = VectorMaps.Pca2D(points);
        Assert.Equal(1.0, share[0], 5);
        Assert.Equal(0.0, share[1], 5);
        var mean = ts.Average();
        for (var i = 0; i < ts.Length; i++)
        {
            Assert.Equal(ts[i] - mean, x[i], 4);
            Assert.Equal(0.0, y[i], 4);
        }
    }
}
