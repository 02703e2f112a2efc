using Curriculum.Data;

namespace Curriculum.Vision;

/// <summary>
/// Data augmentation by translation: move an image by whole pixels, filling the uncovered border with 0 (blank paper).
/// A digit moved by one pixel is still the same digit, so shifted copies are new, correctly labelled training
/// images. Introduced in lesson 02.
/// </summary>
public static class PixelShift
{
    /// <summary>
    /// The image moved <paramref name="dx"/> pixels right (negative = left) and <paramref name="dy"/> pixels down
    /// (negative = up); pixels moved past the edge are lost, new ones are 0. Row-major pixels. Introduced in lesson 02.
    /// </summary>
    public static float[] Shift(float[] pixels, int width, int height, int dx, int dy)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (width <= 0) throw new ArgumentOutOfRangeException(nameof(width), width, "must be positive");
        if (height <= 0) throw new ArgumentOutOfRangeException(nameof(height), height, "must be positive");
        if (pixels.Length != width * height)
            throw new ArgumentException($"expected {width}x{height} = {width * height} pixels, got {pixels.Length}", nameof(pixels));
        var shifted = new float[pixels.Length];
        for (var row = 0; row < height; row++)
        {
            var from = row - dy;
            if (from < 0 || from >= height) continue;
            for (var col = 0; col < width; col++)
            {
                var fromCol = col - dx;
                if (fromCol >= 0 && fromCol < width) shifted[row * width + col] = pixels[from * width + fromCol];
            }
        }
        return shifted;
    }

    /// <summary>
    /// The data set followed by copies of every image shifted by one pixel in each of the four directions
    /// (left, right, up, down), or also diagonally when <paramref name="diagonals"/> is true: 5 or 9 times as many
    /// images, labels repeated. The original images come first, in their order. Introduced in lesson 02.
    /// </summary>
    public static ImageDataset Augment(ImageDataset data, bool diagonals = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Count == 0) throw new ArgumentException("the data set has no images", nameof(data));
        var shifts = new List<(int Dx, int Dy)> { (0, 0), (-1, 0), (1, 0), (0, -1), (0, 1) };
        if (diagonals) shifts.AddRange([(-1, -1), (-1, 1), (1, -1), (1, 1)]);
        var pixels = new List<float[]>(data.Count * shifts.Count);
        var labels = new List<int>(data.Count * shifts.Count);
        foreach (var (dx, dy) in shifts)
            for (var i = 0; i < data.Count; i++)
            {
                pixels.Add(dx == 0 && dy == 0 ? data.Pixels[i] : Shift(data.Pixels[i], data.Width, data.Height, dx, dy));
                labels.Add(data.Labels[i]);
            }
        return data with { Pixels = pixels.ToArray(), Labels = labels.ToArray() };
    }
}
