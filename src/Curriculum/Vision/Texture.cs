namespace Curriculum.Vision;

/// <summary>
/// A greyscale texture (row-major grey levels in [0, 1]) to paint synthetic scenes with, e.g. the committed CC0 photos
/// of brick, grass and gravel. Introduced in lesson 21.
/// </summary>
public sealed record Texture
{
    public string Name { get; }
    public int Width { get; }
    public int Height { get; }
    public float[] Pixels { get; }

    /// <summary>A texture from grey levels; checks the size. Introduced in lesson 21.</summary>
    public Texture(string name, int width, int height, float[] pixels)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), $"texture size must be positive, got {width}x{height}");
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != width * height)
            throw new ArgumentException($"{pixels.Length} pixels given for a {width}x{height} texture ({width * height} expected)", nameof(pixels));
        (Name, Width, Height, Pixels) = (name, width, height, pixels);
    }

    /// <summary>The grey level at column <paramref name="x"/>, row <paramref name="y"/>.</summary>
    public float this[int x, int y] => Pixels[y * Width + x];

    /// <summary>
    /// A committed image from data/ (e.g. "images/gravel.png"), in grey, shrunk by averaging
    /// <paramref name="shrink"/>×<paramref name="shrink"/> blocks so its pattern (stones, bricks) fits small scenes.
    /// The name is the file name without folder and extension. Introduced in lesson 21.
    /// </summary>
    public static Texture Load(string dataFile, int shrink = 4)
    {
        var image = PngImage.Load(dataFile);
        return Shrink(new Texture(Path.GetFileNameWithoutExtension(dataFile), image.Width, image.Height, image.ToGrey()), shrink);
    }

    /// <summary>Averages <paramref name="factor"/>×<paramref name="factor"/> blocks (a ragged right or bottom edge is dropped). Introduced in lesson 21.</summary>
    public static Texture Shrink(Texture texture, int factor)
    {
        ArgumentNullException.ThrowIfNull(texture);
        if (factor < 1) throw new ArgumentOutOfRangeException(nameof(factor), factor, "must be at least 1");
        int w = texture.Width / factor, h = texture.Height / factor;
        if (w == 0 || h == 0) throw new ArgumentOutOfRangeException(nameof(factor), factor, $"too large for a {texture.Width}x{texture.Height} texture");
        var pixels = new float[w * h];
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
            {
                double sum = 0;
                for (var dy = 0; dy < factor; dy++)
                    for (var dx = 0; dx < factor; dx++)
                        sum += texture[x * factor + dx, y * factor + dy];
                pixels[y * w + x] = (float)(sum / (factor * factor));
            }
        return new Texture(texture.Name, w, h, pixels);
    }
}
