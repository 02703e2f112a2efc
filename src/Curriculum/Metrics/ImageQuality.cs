namespace Curriculum.Metrics;

/// <summary>
/// Full-reference image quality: PSNR and SSIM between a reference image and a reconstruction, both single-channel,
/// row-major, values in [0, <c>peak</c>] (1 for images in [0, 1]). An optional border of <c>shave</c> pixels is left out,
/// as super-resolution papers do, so edge handling does not dominate. Introduced in lesson 14.
/// </summary>
public static class ImageQuality
{
    /// <summary>
    /// Peak signal-to-noise ratio in dB: 10·log10(peak² / MSE). Higher is better; +∞ for identical images.
    /// Introduced in lesson 14.
    /// </summary>
    public static double Psnr(float[] reference, float[] image, int width, int height, double peak = 1.0, int shave = 0)
    {
        Check(reference, image, width, height, shave);
        if (peak <= 0) throw new ArgumentOutOfRangeException(nameof(peak), peak, "peak must be positive (1 for images in [0, 1], 255 for bytes)");
        double sum = 0;
        long n = 0;
        for (var y = shave; y < height - shave; y++)
            for (var x = shave; x < width - shave; x++)
            {
                double d = reference[y * width + x] - image[y * width + x];
                sum += d * d;
                n++;
            }
        var mse = sum / n;
        return mse == 0 ? double.PositiveInfinity : 10 * Math.Log10(peak * peak / mse);
    }

    /// <summary>
    /// Mean structural similarity (Wang, Bovik, Sheikh and Simoncelli 2004, "Image quality assessment: from error
    /// visibility to structural similarity"), with their standard settings: an 11×11 Gaussian window of σ = 1.5,
    /// K1 = 0.01, K2 = 0.03, C1 = (K1·peak)², C2 = (K2·peak)², and the mean of the SSIM map over every window that fits
    /// inside the image (the "valid" filtering of the authors' ssim_index.m). 1 means identical. Introduced in lesson 14.
    /// </summary>
    public static double Ssim(float[] reference, float[] image, int width, int height, double peak = 1.0, int shave = 0)
    {
        Check(reference, image, width, height, shave);
        if (peak <= 0) throw new ArgumentOutOfRangeException(nameof(peak), peak, "peak must be positive (1 for images in [0, 1], 255 for bytes)");
        const int size = 11;
        int w = width - 2 * shave, h = height - 2 * shave;
        if (w < size || h < size)
            throw new ArgumentException($"SSIM needs at least {size}x{size} pixels after shaving, got {w}x{h}", nameof(width));
        var g = GaussianWindow(size, 1.5);
        double c1 = Math.Pow(0.01 * peak, 2), c2 = Math.Pow(0.03 * peak, 2);
        // Separable filtering of x, y, x², y², xy with the 1-D Gaussian, valid region only.
        var x = new double[w * h];
        var yv = new double[w * h];
        for (var r = 0; r < h; r++)
            for (var c = 0; c < w; c++)
            {
                x[r * w + c] = reference[(r + shave) * width + c + shave];
                yv[r * w + c] = image[(r + shave) * width + c + shave];
            }
        var muX = Filter(x, w, h, g);
        var muY = Filter(yv, w, h, g);
        var xx = Filter(x.Select(v => v * v).ToArray(), w, h, g);
        var yy = Filter(yv.Select(v => v * v).ToArray(), w, h, g);
        var xy = Filter(x.Zip(yv, (a, b) => a * b).ToArray(), w, h, g);
        double total = 0;
        for (var i = 0; i < muX.Length; i++)
        {
            double mx = muX[i], my = muY[i];
            double sx = xx[i] - mx * mx, sy = yy[i] - my * my, sxy = xy[i] - mx * my;
            total += (2 * mx * my + c1) * (2 * sxy + c2) / ((mx * mx + my * my + c1) * (sx + sy + c2));
        }
        return total / muX.Length;
    }

    /// <summary>The normalised 1-D Gaussian of <paramref name="size"/> taps; the 2-D window is its outer product. Introduced in lesson 14.</summary>
    public static double[] GaussianWindow(int size, double sigma)
    {
        if (size <= 0) throw new ArgumentOutOfRangeException(nameof(size), size, "size must be positive");
        if (sigma <= 0) throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "sigma must be positive");
        var half = (size - 1) / 2.0;
        var g = Enumerable.Range(0, size).Select(i => Math.Exp(-(i - half) * (i - half) / (2 * sigma * sigma))).ToArray();
        var sum = g.Sum();
        return g.Select(v => v / sum).ToArray();
    }

    // "Valid" separable correlation: output (w - k + 1) x (h - k + 1).
    private static double[] Filter(double[] image, int w, int h, double[] g)
    {
        var k = g.Length;
        int ow = w - k + 1, oh = h - k + 1;
        var rows = new double[h * ow];
        for (var r = 0; r < h; r++)
            for (var c = 0; c < ow; c++)
            {
                double s = 0;
                for (var t = 0; t < k; t++) s += g[t] * image[r * w + c + t];
                rows[r * ow + c] = s;
            }
        var result = new double[oh * ow];
        for (var r = 0; r < oh; r++)
            for (var c = 0; c < ow; c++)
            {
                double s = 0;
                for (var t = 0; t < k; t++) s += g[t] * rows[(r + t) * ow + c];
                result[r * ow + c] = s;
            }
        return result;
    }

    private static void Check(float[] reference, float[] image, int width, int height, int shave)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(image);
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), $"image size must be positive, got {width}x{height}");
        if (reference.Length != width * height)
            throw new ArgumentException($"reference has {reference.Length} pixels, expected {width}x{height} = {width * height}", nameof(reference));
        if (image.Length != width * height)
            throw new ArgumentException($"image has {image.Length} pixels, expected {width}x{height} = {width * height} (same size as the reference)", nameof(image));
        if (shave < 0 || 2 * shave >= Math.Min(width, height))
            throw new ArgumentOutOfRangeException(nameof(shave), shave, $"shave must leave pixels of the {width}x{height} image");
    }
}
