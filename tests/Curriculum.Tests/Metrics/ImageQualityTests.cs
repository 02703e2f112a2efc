using Curriculum.Metrics;

namespace Curriculum.Tests.Metrics;

public class ImageQualityTests
{
    private static float[] RandomImage(int n, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => (float)random.NextDouble()).ToArray();
    }

    [Fact]
    public void Psnr_of_hand_computed_cases()
    {
        // Every pixel off by 0.1: MSE 0.01, PSNR = 10 log10(1 / 0.01) = 20 dB.
        Assert.Equal(20.0, ImageQuality.Psnr(new float[16], Enumerable.Repeat(0.1f, 16).ToArray(), 4, 4), 5);
        // One pixel of four off by 0.5: MSE 0.0625, PSNR = 10 log10(16) = 12.0412 dB.
        Assert.Equal(10 * Math.Log10(16), ImageQuality.Psnr([0f, 0, 0, 0], [0.5f, 0, 0, 0], 2, 2), 5);
        // 8-bit scale: off by 1 grey level everywhere is 20 log10(255) = 48.13 dB.
        Assert.Equal(20 * Math.Log10(255), ImageQuality.Psnr(new float[9], Enumerable.Repeat(1f, 9).ToArray(), 3, 3, peak: 255), 6);
    }

    [Fact]
    public void Psnr_is_infinite_for_identical_images_and_shave_ignores_the_border()
    {
        var a = RandomImage(36, 1);
        var b = (float[])a.Clone();
        b[0] = 1 - b[0]; // a corner pixel differs

        Assert.Equal(double.PositiveInfinity, ImageQuality.Psnr(a, a, 6, 6));
        Assert.True(double.IsFinite(ImageQuality.Psnr(a, b, 6, 6)));
        Assert.Equal(double.PositiveInfinity, ImageQuality.Psnr(a, b, 6, 6, shave: 1));
    }

    [Fact]
    public void Gaussian_window_is_normalised_symmetric_and_has_the_gaussian_ratio()
    {
        var g = ImageQuality.GaussianWindow(11, 1.5);

        Assert.Equal(1.0, g.Sum(), 12);
        for (var i = 0; i < 11; i++) Assert.Equal(g[i], g[10 - i], 15);
        Assert.Equal(Math.Exp(-1 / (2 * 2.25)), g[6] / g[5], 12);
    }

    [Fact]
    public void Ssim_of_an_image_with_itself_is_one_and_ssim_is_symmetric()
    {
        var a = RandomImage(20 * 17, 2);
        var b = a.Select((v, i) => Math.Clamp(v + 0.1f * (float)Math.Sin(i), 0f, 1f)).ToArray();

        Assert.Equal(1.0, ImageQuality.Ssim(a, a, 20, 17), 12);
        Assert.Equal(ImageQuality.Ssim(a, b, 20, 17), ImageQuality.Ssim(b, a, 20, 17), 12);
        Assert.InRange(ImageQuality.Ssim(a, b, 20, 17), 0.0, 0.999);
    }

    [Fact]
    public void Ssim_of_two_flat_images_is_the_luminance_term_by_hand()
    {
        // No variance: the structure term is C2 / C2 = 1, and SSIM = (2ab + C1) / (a² + b² + C1), C1 = 0.01².
        float a = 0.25f, b = 0.75f; // exact in float
        var expected = (2.0 * a * b + 1e-4) / ((double)a * a + (double)b * b + 1e-4);

        var ssim = ImageQuality.Ssim(Enumerable.Repeat(a, 256).ToArray(), Enumerable.Repeat(b, 256).ToArray(), 16, 16);

        Assert.Equal(0.3751 / 0.6251, expected, 12); // = 0.600064
        Assert.Equal(expected, ssim, 6);
    }

    [Fact]
    public void Ssim_of_a_checkerboard_and_its_negative_matches_the_closed_form()
    {
        // One 11x11 window. With x in {0, 1} and y = 1 - x: μy = 1 - μx, σx² = σy² = μx(1 - μx), σxy = -σx².
        var x = new float[121];
        for (var r = 0; r < 11; r++) for (var c = 0; c < 11; c++) x[r * 11 + c] = (r + c) % 2;
        var y = x.Select(v => 1 - v).ToArray();
        var g = ImageQuality.GaussianWindow(11, 1.5);
        double mu = 0;
        for (var r = 0; r < 11; r++) for (var c = 0; c < 11; c++) mu += g[r] * g[c] * x[r * 11 + c];
        double s = mu * (1 - mu), c1 = 1e-4, c2 = 9e-4;
        var expected = (2 * mu * (1 - mu) + c1) * (-2 * s + c2) / ((mu * mu + (1 - mu) * (1 - mu) + c1) * (2 * s + c2));

        Assert.Equal(expected, ImageQuality.Ssim(x, y, 11, 11), 9);
        Assert.True(expected < -0.9, "an inverted image is anti-correlated");
    }

    [Fact]
    public void Ssim_equals_a_direct_two_dimensional_window_sum()
    {
        const int w = 19, h = 14;
        var a = RandomImage(w * h, 3);
        var b = RandomImage(w * h, 4).Select((v, i) => 0.7f * a[i] + 0.3f * v).ToArray();
        var g = ImageQuality.GaussianWindow(11, 1.5);
        double total = 0;
        var windows = 0;
        for (var oy = 0; oy + 11 <= h; oy++)
            for (var ox = 0; ox + 11 <= w; ox++)
            {
                double mx = 0, my = 0, xx = 0, yy = 0, xy = 0;
                for (var r = 0; r < 11; r++)
                    for (var c = 0; c < 11; c++)
                    {
                        double wt = g[r] * g[c], p = a[(oy + r) * w + ox + c], q = b[(oy + r) * w + ox + c];
                        mx += wt * p; my += wt * q; xx += wt * p * p; yy += wt * q * q; xy += wt * p * q;
                    }
                double sx = xx - mx * mx, sy = yy - my * my, sxy = xy - mx * my;
                total += (2 * mx * my + 1e-4) * (2 * sxy + 9e-4) / ((mx * mx + my * my + 1e-4) * (sx + sy + 9e-4));
                windows++;
            }

        Assert.Equal(total / windows, ImageQuality.Ssim(a, b, w, h), 9);
    }

    [Fact]
    public void Ssim_falls_as_noise_grows()
    {
        var a = RandomImage(32 * 32, 5).Select((v, i) => 0.5f + 0.4f * (float)Math.Sin(i % 32 / 4.0)).ToArray();
        var noise = RandomImage(32 * 32, 6);
        double Noisy(float level) => ImageQuality.Ssim(a, a.Select((v, i) => v + level * (noise[i] - 0.5f)).ToArray(), 32, 32);

        Assert.True(Noisy(0.05f) > Noisy(0.2f));
        Assert.True(Noisy(0.2f) > Noisy(0.5f));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("image", Assert.Throws<ArgumentException>(() => ImageQuality.Psnr(new float[4], new float[3], 2, 2)).ParamName);
        Assert.Equal("reference", Assert.Throws<ArgumentException>(() => ImageQuality.Ssim(new float[3], new float[4], 2, 2)).ParamName);
        Assert.Equal("width", Assert.Throws<ArgumentException>(() => ImageQuality.Ssim(new float[100], new float[100], 10, 10)).ParamName);
        Assert.Equal("shave", Assert.Throws<ArgumentOutOfRangeException>(() => ImageQuality.Psnr(new float[16], new float[16], 4, 4, shave: 2)).ParamName);
        Assert.Equal("peak", Assert.Throws<ArgumentOutOfRangeException>(() => ImageQuality.Psnr(new float[16], new float[16], 4, 4, peak: 0)).ParamName);
    }
}
