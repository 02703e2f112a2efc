namespace Curriculum.Audio;

/// <summary>
/// Adds white Gaussian noise at a chosen signal-to-noise ratio, SNR = 10 · log10(signal power / noise power) in dB,
/// with the signal power measured over the whole clip (0 dB: noise as loud as the speech). Introduced in lesson 15.
/// </summary>
public static class Noise
{
    /// <summary>A noisy copy of <paramref name="samples"/> at <paramref name="snrDb"/> dB; <paramref name="random"/> makes it repeatable. Introduced in lesson 15.</summary>
    public static float[] AddWhite(IReadOnlyList<float> samples, double snrDb, Random random)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(random);
        if (samples.Count == 0) throw new ArgumentException("the clip has no samples", nameof(samples));
        if (double.IsNaN(snrDb)) throw new ArgumentOutOfRangeException(nameof(snrDb), snrDb, "SNR must be a number of dB");
        var power = samples.Average(s => (double)s * s);
        var sigma = Math.Sqrt(power / Math.Pow(10, snrDb / 10));
        var result = new float[samples.Count];
        for (var i = 0; i < result.Length; i++)
        {
            // Box–Muller: two uniforms to one standard normal.
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            result[i] = (float)(samples[i] + sigma * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
        }
        return result;
    }
}
