namespace Curriculum.Vision;

/// <summary>
/// Resizing of single-channel images (row-major floats) by separable interpolation, with pixel centres aligned the
/// way PIL, OpenCV and MATLAB align them: output pixel x samples the input at (x + 0.5) / scale - 0.5. Edges repeat the
/// border pixel. When shrinking, the kernel is stretched by 1 / scale so every input pixel contributes (anti-aliasing,
/// as MATLAB's imresize and PIL do); when enlarging it interpolates. Introduced in lesson 24.
/// </summary>
public static class Resize
{
    /// <summary>
    /// Keys' cubic convolution kernel with a = -0.5 (Keys 1981), the "bicubic" of MATLAB and PIL:
    /// (a+2)|x|³ − (a+3)|x|² + 1 for |x| ≤ 1, a|x|³ − 5a|x|² + 8a|x| − 4a for 1 &lt; |x| &lt; 2, else 0. Introduced in lesson 24.
    /// </summary>
    public static double CubicKernel(double x, double a = -0.5)
    {
        x = Math.Abs(x);
        if (x <= 1) return ((a + 2) * x - (a + 3)) * x * x + 1;
        if (x < 2) return ((a * x - 5 * a) * x + 8 * a) * x - 4 * a;
        return 0;
    }

    /// <summary>The triangle (linear interpolation) kernel: 1 − |x| for |x| &lt; 1, else 0. Introduced in lesson 27.</summary>
    public static double LinearKernel(double x) => Math.Max(0, 1 - Math.Abs(x));

    /// <summary>Bicubic resize (Keys, a = −0.5) of a <paramref name="width"/>×<paramref name="height"/> image. Introduced in lesson 25.</summary>
    public static float[] Bicubic(float[] image, int width, int height, int newWidth, int newHeight) =>
        Separable(image, width, height, newWidth, newHeight, x => CubicKernel(x), 2);

    /// <summary>Bilinear resize of a <paramref name="width"/>×<paramref name="height"/> image. Introduced in lesson 24.</summary>
    public static float[] Bilinear(float[] image, int width, int height, int newWidth, int newHeight) =>
        Separable(image, width, height, newWidth, newHeight, LinearKernel, 1);

    /// <summary>
    /// The weights one output coordinate gives to input coordinates 0..inSize-1 (index, weight), for a kernel of
    /// half-width <paramref name="support"/>; exposed so tests can compare them with hand-computed values. Introduced in lesson 24.
    /// </summary>
    public static (int Index, double Weight)[] Weights(int outIndex, int inSize, int outSize, Func<double, double> kernel, double support)
    {
        var scale = (double)outSize / inSize;
        var stretch = scale < 1 ? 1 / scale : 1; // widen the kernel when shrinking (anti-aliasing)
        var centre = (outIndex + 0.5) / scale - 0.5;
        var first = (int)Math.Floor(centre - support * stretch) + 1;
        var last = (int)Math.Ceiling(centre + support * stretch) - 1;
        var taps = new Dictionary<int, double>();
        double sum = 0;
        for (var i = first; i <= last; i++)
        {
            var w = kernel((i - centre) / stretch);
            if (w == 0) continue;
            var clamped = Math.Clamp(i, 0, inSize - 1);
            taps[clamped] = taps.GetValueOrDefault(clamped) + w;
            sum += w;
        }
        return taps.OrderBy(t => t.Key).Select(t => (t.Key, t.Value / sum)).ToArray();
    }

    private static float[] Separable(float[] image, int width, int height, int newWidth, int newHeight, Func<double, double> kernel, double support)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), $"image size must be positive, got {width}x{height}");
        if (newWidth <= 0 || newHeight <= 0) throw new ArgumentOutOfRangeException(nameof(newWidth), $"new size must be positive, got {newWidth}x{newHeight}");
        if (image.Length != width * height)
            throw new ArgumentException($"image has {image.Length} pixels, expected {width}x{height} = {width * height}", nameof(image));
        var columns = Enumerable.Range(0, newWidth).Select(x => Weights(x, width, newWidth, kernel, support)).ToArray();
        var rows = Enumerable.Range(0, newHeight).Select(y => Weights(y, height, newHeight, kernel, support)).ToArray();
        // Horizontal pass (height x newWidth), then vertical pass.
        var temp = new double[height * newWidth];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < newWidth; x++)
            {
                double v = 0;
                foreach (var (i, w) in columns[x]) v += w * image[y * width + i];
                temp[y * newWidth + x] = v;
            }
        var result = new float[newWidth * newHeight];
        for (var y = 0; y < newHeight; y++)
            for (var x = 0; x < newWidth; x++)
            {
                double v = 0;
                foreach (var (i, w) in rows[y]) v += w * temp[i * newWidth + x];
                result[y * newWidth + x] = (float)v;
            }
        return result;
    }
}
