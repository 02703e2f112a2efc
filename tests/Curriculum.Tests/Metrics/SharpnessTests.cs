using Curriculum.Metrics;

namespace Curriculum.Tests.Metrics;

public class SharpnessTests
{
    [Fact]
    public void Mean_gradient_of_a_ramp_is_its_slope()
    {
        // I(x, y) = 0.1·x: dx = 0.1 everywhere, dy = 0.
        var ramp = Enumerable.Range(0, 20).Select(i => 0.1f * (i % 5)).ToArray();
        Assert.Equal(0.1, Sharpness.MeanGradient(ramp, 5, 4), 6);
    }

    [Fact]
    public void Mean_gradient_of_a_diagonal_step_counts_both_directions()
    {
        // 2x2 image [0 1; 1 1]: only the top-left pixel has both neighbours, dx = 1, dy = 1 → sqrt(2).
        Assert.Equal(Math.Sqrt(2), Sharpness.MeanGradient([0f, 1f, 1f, 1f], 2, 2), 6);
    }

    [Fact]
    public void Laplacian_variance_is_zero_for_linear_ramps_and_sixteen_for_a_checkerboard()
    {
        var ramp = Enumerable.Range(0, 36).Select(i => 0.05f * (i % 6) + 0.02f * (i / 6)).ToArray();
        Assert.Equal(0, Sharpness.LaplacianVariance(ramp, 6, 6), 9);
        // Checkerboard 0/1: Laplacian = 4(1 − v) − 4v = ±4, mean 0 over the 4x4 interior, variance 16.
        var board = Enumerable.Range(0, 36).Select(i => (float)((i % 6 + i / 6) % 2)).ToArray();
        Assert.Equal(16, Sharpness.LaplacianVariance(board, 6, 6), 9);
    }

    [Fact]
    public void Blurring_lowers_both_measures()
    {
        var random = new Random(25);
        var noise = Enumerable.Range(0, 64 * 64).Select(_ => (float)random.NextDouble()).ToArray();
        var blurred = new float[noise.Length];
        for (var y = 0; y < 64; y++)
            for (var x = 0; x < 64; x++)
                blurred[y * 64 + x] = (noise[y * 64 + x] + noise[y * 64 + Math.Min(63, x + 1)] + noise[Math.Min(63, y + 1) * 64 + x] + noise[Math.Min(63, y + 1) * 64 + Math.Min(63, x + 1)]) / 4;
        Assert.True(Sharpness.MeanGradient(blurred, 64, 64) < 0.6 * Sharpness.MeanGradient(noise, 64, 64));
        Assert.True(Sharpness.LaplacianVariance(blurred, 64, 64) < 0.3 * Sharpness.LaplacianVariance(noise, 64, 64));
    }

    [Fact]
    public void Wrong_sizes_name_the_argument()
    {
        var e = Assert.Throws<ArgumentException>(() => Sharpness.MeanGradient(new float[5], 2, 2));
        Assert.Equal("image", e.ParamName);
        Assert.Throws<ArgumentException>(() => Sharpness.LaplacianVariance(new float[4], 2, 2));
    }
}
