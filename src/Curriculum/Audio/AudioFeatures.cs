using static TorchSharp.torch;

namespace Curriculum.Audio;

/// <summary>
/// Turns a list of clips of different lengths into one feature tensor: each clip zero-padded (or cut) to the same
/// number of samples, then a log mel spectrogram (<see cref="Stft"/> + <see cref="MelFilterbank"/>) for all at once.
/// Introduced in lesson 15.
/// </summary>
public static class AudioFeatures
{
    /// <summary>Clips as a [B, samples] tensor, each zero-padded at the end or cut to <paramref name="samples"/>. Introduced in lesson 15.</summary>
    public static Tensor PadOrTrim(IReadOnlyList<float[]> clips, int samples)
    {
        ArgumentNullException.ThrowIfNull(clips);
        if (clips.Count == 0) throw new ArgumentException("need at least one clip", nameof(clips));
        if (samples <= 0) throw new ArgumentOutOfRangeException(nameof(samples), samples, "must be a positive number of samples");
        var data = new float[clips.Count * (long)samples];
        for (var i = 0; i < clips.Count; i++)
            clips[i].AsSpan(0, Math.Min(samples, clips[i].Length)).CopyTo(data.AsSpan(i * samples));
        return tensor(data, [clips.Count, samples]);
    }

    /// <summary>
    /// Log mel spectrograms [B, nMels, frames] of <paramref name="clips"/> padded or cut to <paramref name="samples"/>
    /// samples: Hann-windowed STFT (<paramref name="nFft"/>, <paramref name="hop"/>), power, mel filterbank from 0 Hz
    /// to Nyquist, natural log with a 1e-6 floor. Computed 256 clips at a time. Introduced in lesson 15.
    /// </summary>
    public static Tensor LogMel(IReadOnlyList<float[]> clips, int samples, int sampleRate = 16000, int nFft = 512, int hop = 160, int nMels = 40)
    {
        ArgumentNullException.ThrowIfNull(clips);
        var filters = MelFilterbank.Create(nMels, nFft, sampleRate);
        var parts = new List<Tensor>();
        try
        {
            for (var start = 0; start < clips.Count; start += 256)
            {
                using var scope = NewDisposeScope();
                var chunk = clips.Skip(start).Take(256).ToList();
                var magnitudes = Stft.BatchMagnitudes(PadOrTrim(chunk, samples), nFft, hop);
                parts.Add(MelFilterbank.LogMel(magnitudes, filters).MoveToOuterDisposeScope());
            }
            return cat(parts, 0);
        }
        finally
        {
            foreach (var p in parts) p.Dispose();
        }
    }

    /// <summary>A 2-D tensor [rows, columns] as float rows, e.g. one spectrogram for <c>AudioCharts.Spectrogram</c>. Introduced in lesson 15.</summary>
    public static float[][] ToRows(Tensor matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.dim() != 2) throw new ArgumentException($"expected a 2-D tensor [rows, columns], got [{string.Join(", ", matrix.shape)}]", nameof(matrix));
        using var contiguous = matrix.detach().to(ScalarType.Float32).contiguous();
        var flat = contiguous.data<float>().ToArray();
        int rows = (int)matrix.shape[0], columns = (int)matrix.shape[1];
        return Enumerable.Range(0, rows).Select(r => flat.AsSpan(r * columns, columns).ToArray()).ToArray();
    }

    /// <summary>
    /// The clip without its leading and trailing quiet part: from the first to the last sample whose magnitude exceeds
    /// <paramref name="threshold"/> (default 0.01, −40 dB of full scale). A clip that never exceeds it comes back
    /// whole. Introduced in lesson 28.
    /// </summary>
    public static float[] TrimSilence(float[] samples, float threshold = 0.01f)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (!(threshold >= 0)) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "must be ≥ 0 (a magnitude in [0, 1))");
        var first = Array.FindIndex(samples, v => Math.Abs(v) > threshold);
        if (first < 0) return (float[])samples.Clone();
        var last = Array.FindLastIndex(samples, v => Math.Abs(v) > threshold);
        return samples[first..(last + 1)];
    }
}
