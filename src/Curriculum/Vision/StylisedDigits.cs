using Curriculum.Data;

namespace Curriculum.Vision;

/// <summary>
/// A second "style" of digit for unpaired image-to-image translation: each 8×8 digit is upsampled to 16×16, its
/// strokes are thickened (a 3×3 dilation), drawn dark on a light background, and the background gets diagonal stripes
/// (period 4 px, a random phase per image) plus a little noise. (ImageGrid draws high values dark, so there the strokes
/// look light on a dark striped ground.) Inversion is a per-pixel map, but thickening looks at
/// neighbours and the stripes depend on position and on where the ink is, so no per-pixel map turns one style into the
/// other. Introduced in lesson 16.
/// </summary>
public static class StylisedDigits
{
    /// <summary>Grey level of the ink, of the light stripes and of the darker stripes of the background.</summary>
    public const float Ink = 0.05f, LightStripe = 0.95f, DarkStripe = 0.7f;

    /// <summary>
    /// Bilinear upsampling by an integer <paramref name="factor"/> (pixel centres aligned, edges clamped, like
    /// PyTorch's interpolate with align_corners=False). Introduced in lesson 16.
    /// </summary>
    public static float[] Upsample(float[] pixels, int width, int height, int factor)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (width <= 0 || height <= 0 || pixels.Length != width * height)
            throw new ArgumentException($"expected {width}x{height} = {width * height} pixels, got {pixels.Length}", nameof(pixels));
        if (factor < 1) throw new ArgumentOutOfRangeException(nameof(factor), factor, "must be at least 1");
        var w = width * factor;
        var h = height * factor;
        var result = new float[w * h];
        for (var r = 0; r < h; r++)
        {
            var sy = Math.Clamp((r + 0.5) / factor - 0.5, 0, height - 1);
            var y0 = (int)Math.Floor(sy);
            var y1 = Math.Min(y0 + 1, height - 1);
            var fy = sy - y0;
            for (var c = 0; c < w; c++)
            {
                var sx = Math.Clamp((c + 0.5) / factor - 0.5, 0, width - 1);
                var x0 = (int)Math.Floor(sx);
                var x1 = Math.Min(x0 + 1, width - 1);
                var fx = sx - x0;
                var top = pixels[y0 * width + x0] * (1 - fx) + pixels[y0 * width + x1] * fx;
                var bottom = pixels[y1 * width + x0] * (1 - fx) + pixels[y1 * width + x1] * fx;
                result[r * w + c] = (float)(top * (1 - fy) + bottom * fy);
            }
        }
        return result;
    }

    /// <summary>3×3 grey-level dilation (each pixel becomes the maximum of its neighbourhood): strokes get thicker. Introduced in lesson 16.</summary>
    public static float[] Dilate(float[] pixels, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (width <= 0 || height <= 0 || pixels.Length != width * height)
            throw new ArgumentException($"expected {width}x{height} = {width * height} pixels, got {pixels.Length}", nameof(pixels));
        var result = new float[pixels.Length];
        for (var r = 0; r < height; r++)
            for (var c = 0; c < width; c++)
            {
                var max = float.MinValue;
                for (var dr = -1; dr <= 1; dr++)
                    for (var dc = -1; dc <= 1; dc++)
                    {
                        var rr = r + dr;
                        var cc = c + dc;
                        if (rr >= 0 && rr < height && cc >= 0 && cc < width) max = Math.Max(max, pixels[rr * width + cc]);
                    }
                result[r * width + c] = max;
            }
        return result;
    }

    /// <summary>
    /// The 8×8 digits (ink 0..MaxPixel) upsampled ×2 to 16×16 with ink in 0..1, nothing else changed: domain A of
    /// lesson 16. Introduced in lesson 16.
    /// </summary>
    public static ImageDataset Plain(ImageDataset digits)
    {
        Check(digits);
        return new ImageDataset(digits.Pixels.Select(p => Upsample(p.Select(v => v / digits.MaxPixel).ToArray(), 8, 8, 2)).ToArray(),
            digits.Labels, 16, 16, digits.ClassCount, 1f);
    }

    /// <summary>
    /// The digits in the striped style (domain B), 16×16 grey in 0..1, labels kept; the same <paramref name="seed"/>
    /// gives the same stripes and noise. Introduced in lesson 16.
    /// </summary>
    public static ImageDataset Generate(ImageDataset digits, int seed, double noise = 0.03)
    {
        Check(digits);
        if (noise < 0) throw new ArgumentOutOfRangeException(nameof(noise), noise, "must be non-negative");
        var random = new Random(seed);
        var pixels = digits.Pixels.Select(p =>
        {
            var ink = Dilate(Upsample(p.Select(v => v / digits.MaxPixel).ToArray(), 8, 8, 2), 16, 16);
            var phase = random.Next(4);
            var image = new float[256];
            for (var i = 0; i < 256; i++)
            {
                var background = ((i % 16) + (i / 16) + phase) % 4 < 2 ? LightStripe : DarkStripe;
                var value = background * (1 - ink[i]) + Ink * ink[i] + noise * Gaussian(random);
                image[i] = (float)Math.Clamp(value, 0, 1);
            }
            return image;
        }).ToArray();
        return new ImageDataset(pixels, digits.Labels, 16, 16, digits.ClassCount, 1f);
    }

    private static void Check(ImageDataset digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (digits.Width != 8 || digits.Height != 8)
            throw new ArgumentException($"expected 8x8 digits, got {digits.Width}x{digits.Height}", nameof(digits));
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
