namespace Curriculum.Vision;

/// <summary>
/// Square patches cut from single-channel images (row-major floats): random crops for small image data sets, with
/// random size and flips, taken from a vertical band of the image so that training and test patches can come from
/// disjoint regions of the same picture. Introduced in lesson 14.
/// </summary>
public static class Patches
{
    /// <summary>
    /// <paramref name="count"/> random square crops of side in [<paramref name="minSize"/>, <paramref name="maxSize"/>]
    /// (capped by the band and the image height), lying wholly inside the band of columns
    /// [<paramref name="fromX"/>·width, <paramref name="toX"/>·width), each flipped left-right and/or top-bottom with
    /// probability 1/2 when <paramref name="flips"/>, and resized to <paramref name="outSize"/>² (bilinear, anti-aliased
    /// when shrinking). The same seed gives the same patches. Introduced in lesson 27.
    /// </summary>
    public static float[][] RandomCrops(float[] image, int width, int height, int count, int outSize, int minSize, int maxSize,
        double fromX, double toX, int seed, bool flips = true)
    {
        CheckImage(image, width, height);
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count), count, "count must be positive");
        if (outSize <= 0) throw new ArgumentOutOfRangeException(nameof(outSize), outSize, "outSize must be positive");
        if (minSize <= 0 || maxSize < minSize)
            throw new ArgumentOutOfRangeException(nameof(minSize), $"need 0 < minSize <= maxSize, got {minSize} and {maxSize}");
        if (fromX < 0 || toX > 1 || fromX >= toX)
            throw new ArgumentOutOfRangeException(nameof(fromX), $"need 0 <= fromX < toX <= 1, got {fromX} and {toX}");
        var left = (int)Math.Ceiling(fromX * width);
        var right = (int)Math.Floor(toX * width); // exclusive
        var largest = Math.Min(maxSize, Math.Min(right - left, height));
        if (largest < minSize)
            throw new ArgumentException($"the band of columns [{left}, {right}) x {height} rows cannot hold a {minSize}-pixel patch", nameof(minSize));
        var random = new Random(seed);
        var patches = new float[count][];
        for (var n = 0; n < count; n++)
        {
            var size = random.Next(minSize, largest + 1);
            var x0 = random.Next(left, right - size + 1);
            var y0 = random.Next(0, height - size + 1);
            bool flipX = flips && random.Next(2) == 1, flipY = flips && random.Next(2) == 1;
            var crop = new float[size * size];
            for (var y = 0; y < size; y++)
                for (var x = 0; x < size; x++)
                    crop[y * size + x] = image[(y0 + (flipY ? size - 1 - y : y)) * width + x0 + (flipX ? size - 1 - x : x)];
            patches[n] = size == outSize ? crop : Resize.Bilinear(crop, size, size, outSize, outSize);
        }
        return patches;
    }

    /// <summary>
    /// The rectangle of <paramref name="cropWidth"/>×<paramref name="cropHeight"/> pixels at (<paramref name="x"/>,
    /// <paramref name="y"/>) of an image, row-major. Introduced in lesson 14.
    /// </summary>
    public static float[] Crop(float[] image, int width, int height, int x, int y, int cropWidth, int cropHeight)
    {
        CheckImage(image, width, height);
        if (cropWidth <= 0 || cropHeight <= 0 || x < 0 || y < 0 || x + cropWidth > width || y + cropHeight > height)
            throw new ArgumentOutOfRangeException(nameof(x), $"the crop {cropWidth}x{cropHeight} at ({x}, {y}) does not fit in the {width}x{height} image");
        var crop = new float[cropWidth * cropHeight];
        for (var r = 0; r < cropHeight; r++) Array.Copy(image, (y + r) * width + x, crop, r * cropWidth, cropWidth);
        return crop;
    }

    /// <summary>
    /// Contrast normalisation: shifts and scales the patch to mean <paramref name="mean"/> and standard deviation
    /// <paramref name="std"/>, then clamps to [0, 1], so a classifier cannot tell patches apart by brightness or
    /// contrast alone. A flat patch becomes all <paramref name="mean"/>. Introduced in lesson 27.
    /// </summary>
    public static float[] Normalise(float[] patch, double mean = 0.5, double std = 0.2)
    {
        ArgumentNullException.ThrowIfNull(patch);
        if (patch.Length == 0) throw new ArgumentException("the patch is empty", nameof(patch));
        if (std <= 0) throw new ArgumentOutOfRangeException(nameof(std), std, "std must be positive");
        var m = patch.Average(v => (double)v);
        var s = Math.Sqrt(patch.Average(v => (v - m) * (v - m)));
        return patch.Select(v => (float)Math.Clamp(s < 1e-12 ? mean : mean + std * (v - m) / s, 0, 1)).ToArray();
    }

    private static void CheckImage(float[] image, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), $"image size must be positive, got {width}x{height}");
        if (image.Length != width * height)
            throw new ArgumentException($"image has {image.Length} pixels, expected {width}x{height} = {width * height}", nameof(image));
    }
}
