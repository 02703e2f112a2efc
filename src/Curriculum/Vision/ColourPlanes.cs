namespace Curriculum.Vision;

/// <summary>Conversions of channel-major RGB planes ([3, H, W], values in [0, 1]). Introduced in lesson 24.</summary>
public static class ColourPlanes
{
    /// <summary>
    /// Luminance Y = 0.299 R + 0.587 G + 0.114 B (ITU-R BT.601 weights, full range [0, 1], the same as
    /// <see cref="PngImage.ToGrey"/>), one value per pixel, row-major. Introduced in lesson 24.
    /// </summary>
    public static float[] Luma(float[] rgbPlanes, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(rgbPlanes);
        if (width < 1 || height < 1 || rgbPlanes.Length != 3 * width * height)
            throw new ArgumentException($"rgbPlanes has {rgbPlanes.Length} values, expected 3x{height}x{width}", nameof(rgbPlanes));
        var plane = width * height;
        var y = new float[plane];
        for (var i = 0; i < plane; i++)
            y[i] = 0.299f * rgbPlanes[i] + 0.587f * rgbPlanes[plane + i] + 0.114f * rgbPlanes[2 * plane + i];
        return y;
    }
}
