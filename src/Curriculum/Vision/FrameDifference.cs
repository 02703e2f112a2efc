namespace Curriculum.Vision;

/// <summary>
/// How much a sequence of frames changes from one frame to another: the mean absolute pixel difference. Frames close in
/// time look alike; that smoothness is what a video model's filters over time build on, and what shuffling destroys.
/// Introduced in lesson 17.
/// </summary>
public static class FrameDifference
{
    /// <summary>Mean absolute difference of two equally sized frames (row-major pixels). Introduced in lesson 17.</summary>
    public static double MeanAbsolute(float[] a, float[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0) throw new ArgumentException("frames must have at least one pixel", nameof(a));
        if (a.Length != b.Length) throw new ArgumentException($"frame b has {b.Length} pixels, frame a {a.Length}; they must match", nameof(b));
        double sum = 0;
        for (var i = 0; i < a.Length; i++) sum += Math.Abs(a[i] - b[i]);
        return sum / a.Length;
    }

    /// <summary>
    /// Element k − 1 is the mean of <see cref="MeanAbsolute"/> over all pairs of frames k steps apart, for k = 1 ..
    /// <paramref name="maxLag"/>. Introduced in lesson 17.
    /// </summary>
    public static double[] ByLag(IReadOnlyList<float[]> frames, int maxLag)
    {
        ArgumentNullException.ThrowIfNull(frames);
        if (maxLag < 1 || maxLag >= frames.Count)
            throw new ArgumentOutOfRangeException(nameof(maxLag), maxLag, $"must be between 1 and the frame count minus 1 ({frames.Count - 1})");
        return Enumerable.Range(1, maxLag)
            .Select(lag => Enumerable.Range(0, frames.Count - lag).Average(t => MeanAbsolute(frames[t], frames[t + lag])))
            .ToArray();
    }

    /// <summary>
    /// The mean difference between consecutive frames when they are played in <paramref name="order"/> (a permutation
    /// of 0 .. count − 1). Introduced in lesson 17.
    /// </summary>
    public static double AlongOrder(IReadOnlyList<float[]> frames, IReadOnlyList<int> order)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(order);
        if (frames.Count < 2) throw new ArgumentException("need at least two frames", nameof(frames));
        if (order.Count != frames.Count || order.Distinct().Count() != order.Count || order.Any(i => i < 0 || i >= frames.Count))
            throw new ArgumentException($"must be a permutation of 0..{frames.Count - 1} (each frame once)", nameof(order));
        return Enumerable.Range(1, order.Count - 1).Average(t => MeanAbsolute(frames[order[t - 1]], frames[order[t]]));
    }
}
