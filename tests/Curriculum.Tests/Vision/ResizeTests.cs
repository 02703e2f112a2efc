using Curriculum.Vision;

namespace Curriculum.Tests.Vision;

public class ResizeTests
{
    [Theory]
    // Keys (1981) kernel, a = -0.5, computed by hand from the two cubic pieces.
    [InlineData(0.0, 1.0)]
    [InlineData(0.25, 0.8671875)]
    [InlineData(0.5, 0.5625)]
    [InlineData(0.75, 0.2265625)]
    [InlineData(1.0, 0.0)]
    [InlineData(1.25, -0.0703125)]
    [InlineData(1.5, -0.0625)]
    [InlineData(1.75, -0.0234375)]
    [InlineData(2.0, 0.0)]
    [InlineData(-0.5, 0.5625)]
    [InlineData(3.0, 0.0)]
    public void Cubic_kernel_has_the_hand_computed_values(double x, double expected) =>
        Assert.Equal(expected, Resize.CubicKernel(x), 12);

    [Fact]
    public void Bicubic_weights_when_doubling_match_the_kernel_with_the_edge_tap_folded_in()
    {
        // Output pixel 2 of 8 from 4 inputs samples input coordinate (2 + 0.5) / 2 - 0.5 = 0.75: taps at -1, 0, 1, 2 at
        // distances 1.75, 0.75, 0.25, 1.25; tap -1 is clamped onto pixel 0.
        var w = Resize.Weights(2, 4, 8, x => Resize.CubicKernel(x), 2);

        Assert.Equal([0, 1, 2], w.Select(t => t.Index));
        Assert.Equal(-0.0234375 + 0.2265625, w[0].Weight, 12);
        Assert.Equal(0.8671875, w[1].Weight, 12);
        Assert.Equal(-0.0703125, w[2].Weight, 12);
    }

    [Fact]
    public void Bilinear_weights_when_halving_are_the_stretched_triangle_1_3_3_1()
    {
        // Output pixel 1 of 4 from 8 inputs is centred at 2.5; the triangle stretched to half-width 2 gives 1/8, 3/8, 3/8, 1/8.
        var w = Resize.Weights(1, 8, 4, Resize.LinearKernel, 1);

        Assert.Equal([1, 2, 3, 4], w.Select(t => t.Index));
        Assert.Equal([0.125, 0.375, 0.375, 0.125], w.Select(t => Math.Round(t.Weight, 12)));
    }

    [Theory]
    [InlineData(7, 5, 14, 10)]
    [InlineData(12, 9, 6, 4)]
    [InlineData(10, 10, 23, 7)]
    public void Constant_images_stay_constant(int w, int h, int nw, int nh)
    {
        var image = Enumerable.Repeat(0.37f, w * h).ToArray();

        foreach (var resized in new[] { Resize.Bicubic(image, w, h, nw, nh), Resize.Bilinear(image, w, h, nw, nh) })
        {
            Assert.Equal(nw * nh, resized.Length);
            Assert.All(resized, v => Assert.Equal(0.37f, v, 1e-6f));
        }
    }

    [Fact]
    public void Enlarging_reproduces_a_linear_ramp_exactly_away_from_the_borders()
    {
        const int w = 10, h = 6;
        var image = new float[w * h];
        for (var y = 0; y < h; y++) for (var x = 0; x < w; x++) image[y * w + x] = 0.1f * x + 0.05f * y;

        foreach (var resized in new[] { Resize.Bicubic(image, w, h, 2 * w, 2 * h), Resize.Bilinear(image, w, h, 2 * w, 2 * h) })
            for (var y = 4; y < 2 * h - 4; y++)
                for (var x = 4; x < 2 * w - 4; x++)
                {
                    double sx = (x + 0.5) / 2 - 0.5, sy = (y + 0.5) / 2 - 0.5; // the input coordinate sampled
                    Assert.Equal(0.1 * sx + 0.05 * sy, resized[y * 2 * w + x], 1e-5);
                }
    }

    [Fact]
    public void Bicubic_also_reproduces_a_quadratic_inside_while_bilinear_does_not()
    {
        // Keys' a = -0.5 kernel is exact for polynomials up to degree 2 (its third-order accuracy); linear is not.
        const int n = 12;
        var image = Enumerable.Range(0, n).Select(x => (float)(0.01 * x * x)).ToArray(); // one row
        var cubic = Resize.Bicubic(image, n, 1, 2 * n, 1);
        var linear = Resize.Bilinear(image, n, 1, 2 * n, 1);
        for (var x = 5; x < 2 * n - 5; x++)
        {
            var sx = (x + 0.5) / 2 - 0.5;
            Assert.Equal(0.01 * sx * sx, cubic[x], 1e-5);
        }
        Assert.True(Math.Abs(linear[7] - 0.01 * 3.25 * 3.25) > 1e-3, "bilinear should miss the curvature");
    }

    [Fact]
    public void Same_size_is_the_identity()
    {
        var image = Enumerable.Range(0, 20).Select(i => (float)Math.Sin(i)).ToArray();
        Assert.Equal(image, Resize.Bicubic(image, 5, 4, 5, 4).Select(v => (float)Math.Round(v, 6)).ToArray(), new FloatTolerance(1e-5f));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("image", Assert.Throws<ArgumentException>(() => Resize.Bicubic(new float[5], 2, 2, 4, 4)).ParamName);
        Assert.Equal("width", Assert.Throws<ArgumentOutOfRangeException>(() => Resize.Bilinear(new float[4], 0, 2, 4, 4)).ParamName);
        Assert.Equal("newWidth", Assert.Throws<ArgumentOutOfRangeException>(() => Resize.Bilinear(new float[4], 2, 2, 0, 4)).ParamName);
    }

    private sealed class FloatTolerance(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float a, float b) => Math.Abs(a - b) <= tolerance;
        public int GetHashCode(float v) => 0;
    }
}
