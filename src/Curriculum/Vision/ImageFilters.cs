namespace Curriculum.Vision;

/// <summary>Hand-made pixel features, the kind of thing a learned filter replaces. Introduced in lesson 21.</summary>
public static class ImageFilters
{
    /// <summary>
    /// The standard deviation of the grey levels in the (2·radius+1)² window around each pixel (the window is cut at
    /// the border): near 0 on flat areas, large on busy texture. A simple texture measure. Introduced in lesson 21.
    /// </summary>
    public static float[] LocalStd(float[] image, int width, int height, int radius)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (width <= 0 || height <= 0 || image.Length != width * height)
            throw new ArgumentException($"image has {image.Length} pixels, expected {width}x{height}", nameof(image));
        if (radius < 1) throw new ArgumentOutOfRangeException(nameof(radius), radius, "must be at least 1");
        var result = new float[image.Length];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                double sum = 0, squares = 0;
                var n = 0;
                for (var v = Math.Max(0, y - radius); v <= Math.Min(height - 1, y + radius); v++)
                    for (var u = Math.Max(0, x - radius); u <= Math.Min(width - 1, x + radius); u++)
                    {
                        double p = image[v * width + u];
                        sum += p;
                        squares += p * p;
                        n++;
                    }
                var mean = sum / n;
                result[y * width + x] = (float)Math.Sqrt(Math.Max(0, squares / n - mean * mean));
            }
        return result;
    }
}
