namespace Curriculum.Vision;

/// <summary>
/// Training data for single-image super-resolution: a low-resolution image made from a high-resolution one by
/// anti-aliased bicubic downscaling (the usual "bicubic degradation" of SR benchmarks, as MATLAB's imresize does), and
/// aligned pairs of patches cut from the two. Images are single-channel (e.g. luminance), row-major. Introduced in lesson 14.
/// </summary>
public static class SuperResolutionData
{
    /// <summary>
    /// Crops the image to a multiple of <paramref name="scale"/> (dropping the last rows/columns) and shrinks it by
    /// <paramref name="scale"/> with anti-aliased bicubic interpolation. Returns the cropped high-resolution image, the
    /// low-resolution one and their sizes. Introduced in lesson 14.
    /// </summary>
    public static (float[] High, float[] Low, int HighWidth, int HighHeight) Degrade(float[] image, int width, int height, int scale = 2)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (scale < 2) throw new ArgumentOutOfRangeException(nameof(scale), scale, "scale must be at least 2");
        if (image.Length != width * height || width < scale || height < scale)
            throw new ArgumentException($"image has {image.Length} pixels, expected {width}x{height} and at least {scale}x{scale}", nameof(image));
        int hw = width / scale * scale, hh = height / scale * scale;
        var high = hw == width && hh == height ? image : Patches.Crop(image, width, height, 0, 0, hw, hh);
        return (high, Resize.Bicubic(high, hw, hh, hw / scale, hh / scale), hw, hh);
    }

    /// <summary>The bicubic baseline: the low-resolution image enlarged by <paramref name="scale"/> (Keys a = −0.5). Introduced in lesson 14.</summary>
    public static float[] BicubicUpscale(float[] low, int lowWidth, int lowHeight, int scale = 2) =>
        Resize.Bicubic(low, lowWidth, lowHeight, lowWidth * scale, lowHeight * scale);

    /// <summary>
    /// <paramref name="count"/> aligned patch pairs: a <paramref name="lowSize"/>² low-resolution patch at (x, y) and the
    /// (<paramref name="lowSize"/>·scale)² high-resolution patch at (x·scale, y·scale) covering the same scene, with the
    /// patch's low-resolution columns inside [<paramref name="fromX"/>, <paramref name="toX"/>) of the width (so training
    /// and validation patches can come from disjoint bands). The same random flip is applied to both. Introduced in lesson 14.
    /// </summary>
    public static (float[][] Low, float[][] High) PatchPairs(float[] low, int lowWidth, int lowHeight, float[] high, int scale,
        int count, int lowSize, int seed, double fromX = 0, double toX = 1)
    {
        ArgumentNullException.ThrowIfNull(low);
        ArgumentNullException.ThrowIfNull(high);
        if (low.Length != lowWidth * lowHeight)
            throw new ArgumentException($"low has {low.Length} pixels, expected {lowWidth}x{lowHeight}", nameof(low));
        if (high.Length != lowWidth * lowHeight * scale * scale)
            throw new ArgumentException($"high has {high.Length} pixels, expected {lowWidth * scale}x{lowHeight * scale} (scale {scale})", nameof(high));
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count), count, "count must be positive");
        if (fromX < 0 || toX > 1 || fromX >= toX) throw new ArgumentOutOfRangeException(nameof(fromX), $"need 0 <= fromX < toX <= 1, got {fromX} and {toX}");
        int left = (int)Math.Ceiling(fromX * lowWidth), right = (int)Math.Floor(toX * lowWidth);
        if (lowSize <= 0 || lowSize > right - left || lowSize > lowHeight)
            throw new ArgumentOutOfRangeException(nameof(lowSize), lowSize, $"a {lowSize}-pixel patch does not fit in the band [{left}, {right}) x {lowHeight}");
        var random = new Random(seed);
        var lows = new float[count][];
        var highs = new float[count][];
        var hs = lowSize * scale;
        for (var n = 0; n < count; n++)
        {
            var x = random.Next(left, right - lowSize + 1);
            var y = random.Next(0, lowHeight - lowSize + 1);
            var flip = random.Next(2) == 1;
            lows[n] = Flip(Patches.Crop(low, lowWidth, lowHeight, x, y, lowSize, lowSize), lowSize, flip);
            highs[n] = Flip(Patches.Crop(high, lowWidth * scale, lowHeight * scale, x * scale, y * scale, hs, hs), hs, flip);
        }
        return (lows, highs);
    }

    private static float[] Flip(float[] patch, int side, bool flip)
    {
        if (!flip) return patch;
        var result = new float[patch.Length];
        for (var r = 0; r < side; r++)
            for (var c = 0; c < side; c++)
                result[r * side + c] = patch[r * side + side - 1 - c];
        return result;
    }
}
