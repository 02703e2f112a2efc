namespace Curriculum.Metrics;

/// <summary>
/// No-reference sharpness measures of a single-channel image (row-major, values typically in [0, 1]): how much local
/// contrast it has, whatever the "true" image is. Compare a reconstruction's value with the original's: below it means
/// blurrier, above it means extra (possibly invented) detail or noise. Introduced in lesson 25.
/// </summary>
public static class Sharpness
{
    /// <summary>
    /// Mean gradient magnitude: the average of sqrt(dx² + dy²) with forward differences dx = I(x+1, y) − I(x, y) and
    /// dy = I(x, y+1) − I(x, y), over the pixels that have both neighbours. Introduced in lesson 25.
    /// </summary>
    public static double MeanGradient(float[] image, int width, int height)
    {
        Validate(image, width, height);
        double sum = 0;
        for (var y = 0; y < height - 1; y++)
            for (var x = 0; x < width - 1; x++)
            {
                double i = image[y * width + x], dx = image[y * width + x + 1] - i, dy = image[(y + 1) * width + x] - i;
                sum += Math.Sqrt(dx * dx + dy * dy);
            }
        return sum / ((width - 1) * (height - 1));
    }

    /// <summary>
    /// Variance of the 4-neighbour Laplacian (I(x−1,y) + I(x+1,y) + I(x,y−1) + I(x,y+1) − 4·I(x,y)) over the interior
    /// pixels: large when the image has much fine detail, zero for flat or linear ramps. Introduced in lesson 25.
    /// </summary>
    public static double LaplacianVariance(float[] image, int width, int height)
    {
        Validate(image, width, height);
        if (width < 3 || height < 3) throw new ArgumentException($"need at least 3x3 pixels for the Laplacian, got {width}x{height}", nameof(image));
        double sum = 0, sumSquares = 0;
        var n = (width - 2) * (height - 2);
        for (var y = 1; y < height - 1; y++)
            for (var x = 1; x < width - 1; x++)
            {
                var p = y * width + x;
                double l = image[p - 1] + image[p + 1] + image[p - width] + image[p + width] - 4.0 * image[p];
                sum += l;
                sumSquares += l * l;
            }
        var mean = sum / n;
        return Math.Max(0, sumSquares / n - mean * mean);
    }

    private static void Validate(float[] image, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (width < 2 || height < 2 || image.Length != width * height)
            throw new ArgumentException($"image has {image.Length} pixels, expected {width}x{height} with both at least 2", nameof(image));
    }
}
