using static TorchSharp.torch;

namespace Curriculum.Vision;

/// <summary>The shapes a synthetic scene contains; the class index of a detection. Introduced in lesson 22.</summary>
public enum ShapeKind { Disc = 0, Square = 1, Triangle = 2 }

/// <summary>One object in a scene: its kind, its exact pixel mask (row-major) and the tight box around that mask.</summary>
public sealed record SceneObject(ShapeKind Kind, Box Box, bool[] Mask);

/// <summary>
/// A square greyscale scene of <see cref="Size"/>×<see cref="Size"/> pixels (row-major, [0, 1]), the union mask of
/// its objects, and the objects themselves, plus the names of the textures used. Introduced in lesson 21.
/// </summary>
public sealed record Scene(int Size, float[] Pixels, bool[] Mask, IReadOnlyList<SceneObject> Objects, string Foreground, string Background);

/// <summary>Which rows of every texture a scene may copy from: training scenes never see the held-out strip. Introduced in lesson 21.</summary>
public enum TexturePart { Train, HeldOut }

/// <summary>Settings of <see cref="TextureScenes.Generate"/>. Introduced in lesson 21.</summary>
public sealed record SceneOptions
{
    public int Size { get; init; } = 48;
    public int MinObjects { get; init; } = 1;
    public int MaxObjects { get; init; } = 3;

    /// <summary>Shape side (disc diameter) in pixels, drawn uniformly from [MinSide, MaxSide].</summary>
    public int MinSide { get; init; } = 12;
    public int MaxSide { get; init; } = 20;
    public ShapeKind[] Kinds { get; init; } = [ShapeKind.Disc, ShapeKind.Square, ShapeKind.Triangle];

    /// <summary>Each region's mean grey level is drawn from 0.5 ± this, so brightness alone does not tell object from background.</summary>
    public double BrightnessJitter { get; init; } = 0.1;

    /// <summary>Each region's contrast is multiplied by a factor drawn from 1 ± this.</summary>
    public double ContrastJitter { get; init; } = 0.15;

    /// <summary>Standard deviation of Gaussian pixel noise added last.</summary>
    public double Noise { get; init; } = 0.02;
    public TexturePart Part { get; init; } = TexturePart.Train;
}

/// <summary>
/// A seeded generator of synthetic scenes for segmentation and detection: discs, squares and triangles cut out of one
/// texture (e.g. gravel) laid on another (e.g. grass or brick), with exact masks and boxes. Every region gets its own
/// random brightness and contrast, so a grey-level threshold cannot separate them; the difference is in the texture.
/// Objects do not touch (one free pixel between their squares). Each texture crop is randomly flipped or transposed.
/// Training scenes copy only from the top rows of each texture; <see cref="TexturePart.HeldOut"/> scenes only from
/// the bottom <see cref="HeldOutRows"/> rows, so test scenes show texture the model never saw. Introduced in lesson 21.
/// </summary>
public static class TextureScenes
{
    /// <summary>Rows at the bottom of a texture kept for held-out scenes: max(scene size, a quarter of the texture). Introduced in lesson 21.</summary>
    public static int HeldOutRows(Texture texture, int size) => Math.Max(size, (texture.Height + 3) / 4);

    /// <summary>
    /// <paramref name="count"/> scenes; each takes its background from <paramref name="backgrounds"/> (at random) and
    /// fills its objects from <paramref name="foreground"/>. The same seed gives the same scenes. Introduced in lesson 21.
    /// </summary>
    public static Scene[] Generate(int count, int seed, Texture foreground, IReadOnlyList<Texture> backgrounds, SceneOptions? options = null)
    {
        var o = options ?? new SceneOptions();
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count), count, "must be positive");
        ArgumentNullException.ThrowIfNull(foreground);
        ArgumentNullException.ThrowIfNull(backgrounds);
        if (backgrounds.Count == 0) throw new ArgumentException("need at least one background texture", nameof(backgrounds));
        if (o.Size < 8) throw new ArgumentOutOfRangeException(nameof(options), o.Size, "Size must be at least 8");
        if (o.MinSide < 3 || o.MaxSide < o.MinSide || o.MaxSide > o.Size)
            throw new ArgumentOutOfRangeException(nameof(options), $"need 3 <= MinSide <= MaxSide <= Size, got {o.MinSide}, {o.MaxSide}, {o.Size}");
        if (o.MinObjects < 1 || o.MaxObjects < o.MinObjects)
            throw new ArgumentOutOfRangeException(nameof(options), $"need 1 <= MinObjects <= MaxObjects, got {o.MinObjects}, {o.MaxObjects}");
        if (o.Kinds is null || o.Kinds.Length == 0) throw new ArgumentException("Kinds must list at least one shape", nameof(options));
        if (o.BrightnessJitter < 0 || o.ContrastJitter < 0 || o.ContrastJitter >= 1 || o.Noise < 0)
            throw new ArgumentOutOfRangeException(nameof(options), "need BrightnessJitter >= 0, 0 <= ContrastJitter < 1, Noise >= 0");
        foreach (var t in backgrounds.Append(foreground))
            if (t.Width < o.Size || t.Height < o.Size + HeldOutRows(t, o.Size))
                throw new ArgumentException($"texture {t.Name} ({t.Width}x{t.Height}) is too small for {o.Size}-pixel scenes plus a held-out strip of {HeldOutRows(t, o.Size)} rows", nameof(backgrounds));

        var random = new Random(seed);
        var scenes = new Scene[count];
        for (var i = 0; i < count; i++) scenes[i] = One(foreground, backgrounds[random.Next(backgrounds.Count)], o, random);
        return scenes;
    }

    private static Scene One(Texture foreground, Texture background, SceneOptions o, Random random)
    {
        var size = o.Size;
        var objects = new List<SceneObject>();
        var squares = new List<(int X, int Y, int Side)>();
        var wanted = random.Next(o.MinObjects, o.MaxObjects + 1);
        for (var tries = 0; objects.Count < wanted && tries < 100; tries++)
        {
            var side = random.Next(o.MinSide, o.MaxSide + 1);
            int x0 = random.Next(0, size - side + 1), y0 = random.Next(0, size - side + 1);
            if (squares.Any(s => x0 < s.X + s.Side + 1 && s.X < x0 + side + 1 && y0 < s.Y + s.Side + 1 && s.Y < y0 + side + 1)) continue;
            var kind = o.Kinds[random.Next(o.Kinds.Length)];
            var mask = Draw(kind, x0, y0, side, size);
            squares.Add((x0, y0, side));
            objects.Add(new SceneObject(kind, TightBox(mask, size), mask));
        }
        var union = new bool[size * size];
        foreach (var obj in objects) for (var p = 0; p < union.Length; p++) union[p] |= obj.Mask[p];

        var back = Region(background, o, random);
        var front = Region(foreground, o, random);
        var pixels = new float[size * size];
        for (var p = 0; p < pixels.Length; p++)
        {
            var v = (union[p] ? front[p] : back[p]) + o.Noise * Gaussian(random);
            pixels[p] = (float)Math.Clamp(v, 0, 1);
        }
        return new Scene(size, pixels, union, objects, foreground.Name, background.Name);
    }

    /// <summary>A size×size crop of the texture's allowed rows, flipped/transposed at random, with a new mean and contrast.</summary>
    private static double[] Region(Texture t, SceneOptions o, Random random)
    {
        var size = o.Size;
        var heldOut = HeldOutRows(t, size);
        var (rowFrom, rowTo) = o.Part == TexturePart.Train ? (0, t.Height - heldOut) : (t.Height - heldOut, t.Height);
        int cx = random.Next(0, t.Width - size + 1), cy = random.Next(rowFrom, rowTo - size + 1);
        var transform = random.Next(8);
        var crop = new double[size * size];
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
            {
                var (u, v) = (transform & 4) != 0 ? (y, x) : (x, y);
                if ((transform & 1) != 0) u = size - 1 - u;
                if ((transform & 2) != 0) v = size - 1 - v;
                crop[y * size + x] = t[cx + u, cy + v];
            }
        var mean = crop.Average();
        var targetMean = 0.5 + o.BrightnessJitter * (2 * random.NextDouble() - 1);
        var contrast = 1 + o.ContrastJitter * (2 * random.NextDouble() - 1);
        for (var p = 0; p < crop.Length; p++) crop[p] = targetMean + contrast * (crop[p] - mean);
        return crop;
    }

    /// <summary>The exact mask of one shape whose bounding square has top-left (x0, y0) and the given side; a pixel is in when its centre is.</summary>
    private static bool[] Draw(ShapeKind kind, int x0, int y0, int side, int size)
    {
        var mask = new bool[size * size];
        double r = side / 2.0, cx = x0 + r, cy = y0 + r;
        for (var y = y0; y < y0 + side; y++)
            for (var x = x0; x < x0 + side; x++)
            {
                double px = x + 0.5, py = y + 0.5;
                mask[y * size + x] = kind switch
                {
                    ShapeKind.Disc => (px - cx) * (px - cx) + (py - cy) * (py - cy) <= r * r,
                    ShapeKind.Square => true,
                    ShapeKind.Triangle => Math.Abs(px - cx) <= (py - y0) / 2, // apex at the top centre, base along the bottom
                    _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown shape"),
                };
            }
        return mask;
    }

    /// <summary>The smallest box holding every set pixel of a mask, in pixel-edge coordinates. Introduced in lesson 21.</summary>
    public static Box TightBox(bool[] mask, int size)
    {
        ArgumentNullException.ThrowIfNull(mask);
        if (size <= 0 || mask.Length != size * size) throw new ArgumentException($"mask has {mask.Length} pixels, expected {size}x{size}", nameof(mask));
        int x0 = size, y0 = size, x1 = -1, y1 = -1;
        for (var p = 0; p < mask.Length; p++)
            if (mask[p])
            {
                int x = p % size, y = p / size;
                (x0, y0, x1, y1) = (Math.Min(x0, x), Math.Min(y0, y), Math.Max(x1, x), Math.Max(y1, y));
            }
        if (x1 < 0) throw new ArgumentException("the mask is empty", nameof(mask));
        return new Box(x0, y0, x1 + 1, y1 + 1);
    }

    /// <summary>
    /// Scenes as tensors: images [N, 1, S, S] and masks [N, 1, S, S] (1 = object), as a segmentation network takes
    /// them. Masks from an annotation tool (a PNG per image) go into the same layout. Introduced in lesson 21.
    /// </summary>
    public static (Tensor Images, Tensor Masks) ToTensors(IReadOnlyList<Scene> scenes)
    {
        ArgumentNullException.ThrowIfNull(scenes);
        if (scenes.Count == 0) throw new ArgumentException("no scenes", nameof(scenes));
        var size = scenes[0].Size;
        if (scenes.Any(s => s.Size != size)) throw new ArgumentException("all scenes must have the same size", nameof(scenes));
        var n = size * size;
        var images = new float[scenes.Count * n];
        var masks = new float[scenes.Count * n];
        for (var i = 0; i < scenes.Count; i++)
        {
            Array.Copy(scenes[i].Pixels, 0, images, i * n, n);
            for (var p = 0; p < n; p++) masks[i * n + p] = scenes[i].Mask[p] ? 1 : 0;
        }
        return (tensor(images, [scenes.Count, 1, size, size]), tensor(masks, [scenes.Count, 1, size, size]));
    }

    /// <summary>Every object of every scene as a labelled box (class = <see cref="ShapeKind"/>), image numbers from <paramref name="firstImage"/>. Introduced in lesson 22.</summary>
    public static List<GroundTruth> GroundTruths(IReadOnlyList<Scene> scenes, int firstImage = 0)
    {
        ArgumentNullException.ThrowIfNull(scenes);
        return scenes.SelectMany((s, i) => s.Objects.Select(o => new GroundTruth(firstImage + i, (int)o.Kind, o.Box))).ToList();
    }

    /// <summary>The objects of each scene as (class, box) pairs, what <see cref="CentreGrid.Encode"/> takes. Introduced in lesson 22.</summary>
    public static IReadOnlyList<(int Class, Box Box)>[] Labels(IReadOnlyList<Scene> scenes)
    {
        ArgumentNullException.ThrowIfNull(scenes);
        return scenes.Select(s => (IReadOnlyList<(int, Box)>)s.Objects.Select(o => ((int)o.Kind, o.Box)).ToList()).ToArray();
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
