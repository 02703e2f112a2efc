using static TorchSharp.torch;

namespace Curriculum.Vision;

/// <summary>
/// A set of synthetic clips: <see cref="Count"/> clips of <see cref="Frames"/> greyscale frames of
/// <see cref="Size"/>×<see cref="Size"/> pixels (row-major, frame after frame) with a direction label 0..3
/// (see <see cref="MovingShapes.Directions"/>).
/// </summary>
public sealed record ClipSet(float[][] Pixels, int[] Labels, int Frames, int Size)
{
    public int Count => Labels.Length;

    /// <summary>Frame <paramref name="t"/> of clip <paramref name="clip"/> as a row-major image.</summary>
    public float[] Frame(int clip, int t)
    {
        if (clip < 0 || clip >= Count) throw new ArgumentOutOfRangeException(nameof(clip), clip, $"must be in [0, {Count})");
        if (t < 0 || t >= Frames) throw new ArgumentOutOfRangeException(nameof(t), t, $"must be in [0, {Frames})");
        return Pixels[clip].AsSpan(t * Size * Size, Size * Size).ToArray();
    }

    /// <summary>
    /// The clips as a float tensor [N, 1, T, H, W] (channels first, then time: what Conv3d expects; a real video
    /// decoder's frames go in the same layout) and labels as int64 [N].
    /// </summary>
    public (Tensor X, Tensor Y) ToTensors()
    {
        if (Count == 0) throw new ArgumentException("the clip set is empty");
        var n = Frames * Size * Size;
        var flat = new float[Count * n];
        for (var i = 0; i < Count; i++) Array.Copy(Pixels[i], 0, flat, i * n, n);
        return (tensor(flat, [Count, 1, Frames, Size, Size]), tensor(Labels.Select(l => (long)l).ToArray()));
    }
}

/// <summary>
/// A seeded generator of tiny synthetic videos: a bright square or plus sign moving in a straight line left, right,
/// up or down, with random start, shape, size (2–4 px), speed (0.5–1.5 px per frame), brightness and Gaussian noise.
/// The label is the direction. The set of paths is the same for opposite directions (a left-mover is a right-mover
/// played backwards), so anything that ignores the order of the frames cannot tell left from right.
/// Introduced in lesson 17.
/// </summary>
public static class MovingShapes
{
    /// <summary>Class names by label. Introduced in lesson 17.</summary>
    public static readonly string[] Directions = ["left", "right", "up", "down"];

    /// <summary>
    /// <paramref name="count"/> clips, labels cycling through the four directions then shuffled; the same
    /// <paramref name="seed"/> gives the same clips. Introduced in lesson 17.
    /// </summary>
    public static ClipSet Generate(int count, int seed, int frames = 8, int size = 16, double noise = 0.15)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count), count, "must be positive");
        if (frames < 2) throw new ArgumentOutOfRangeException(nameof(frames), frames, "need at least 2 frames");
        var maxTravel = (int)Math.Floor(1.5 * (frames - 1) + 0.5);
        if (size < maxTravel + 4) throw new ArgumentOutOfRangeException(nameof(size), size, $"must be at least {maxTravel + 4} for {frames} frames (largest shape 4 px plus the longest path)");
        if (noise < 0) throw new ArgumentOutOfRangeException(nameof(noise), noise, "must be non-negative");
        var random = new Random(seed);
        var labels = Enumerable.Range(0, count).Select(i => i % 4).OrderBy(_ => random.Next()).ToArray();
        var pixels = new float[count][];
        for (var i = 0; i < count; i++) pixels[i] = Clip(labels[i], frames, size, noise, random);
        return new ClipSet(pixels, labels, frames, size);
    }

    private static float[] Clip(int direction, int frames, int size, double noise, Random random)
    {
        var side = random.Next(2, 5);
        var plus = side >= 3 && random.Next(2) == 1;
        var speed = 0.5 + random.NextDouble();
        var brightness = (float)(0.6 + 0.4 * random.NextDouble());
        var travel = (int)Math.Floor(speed * (frames - 1) + 0.5);
        var along0 = random.Next(0, size - side - travel + 1);
        var across = random.Next(0, size - side + 1);
        var forward = direction is 1 or 3; // right and down increase the coordinate
        var clip = new float[frames * size * size];
        for (var t = 0; t < frames; t++)
        {
            var step = (int)Math.Floor(speed * t + 0.5);
            var along = forward ? along0 + step : along0 + travel - step;
            var (x0, y0) = direction <= 1 ? (along, across) : (across, along);
            for (var r = 0; r < side; r++)
                for (var c = 0; c < side; c++)
                    if (!plus || r == side / 2 || c == side / 2)
                        clip[t * size * size + (y0 + r) * size + x0 + c] = brightness;
            if (noise > 0)
                for (var p = t * size * size; p < (t + 1) * size * size; p++)
                    clip[p] += (float)(noise * Gaussian(random));
        }
        return clip;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
