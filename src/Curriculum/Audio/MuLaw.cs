namespace Curriculum.Audio;

/// <summary>
/// G.711 µ-law: 8-bit logarithmic coding of 16-bit audio (telephone quality), the format of data/speech-digits.ulaw.gz.
/// Small amplitudes keep fine steps, loud ones coarse steps, so 8 bits per sample sound close to 14.
/// </summary>
public static class MuLaw
{
    /// <summary>One µ-law byte to a 16-bit sample (−32,124 … 32,124), as G.711 and Python's audioop.ulaw2lin decode it.</summary>
    public static short Decode(byte code)
    {
        var u = ~code & 0xFF;
        var exponent = (u >> 4) & 0x07;
        var magnitude = ((((u & 0x0F) << 3) + 0x84) << exponent) - 0x84;
        return (short)((u & 0x80) != 0 ? -magnitude : magnitude);
    }

    /// <summary>µ-law bytes to samples scaled to [−1, 1) (divided by 32,768).</summary>
    public static float[] DecodeToFloat(ReadOnlySpan<byte> codes)
    {
        var samples = new float[codes.Length];
        for (var i = 0; i < codes.Length; i++) samples[i] = Decode(codes[i]) / 32768f;
        return samples;
    }
}
