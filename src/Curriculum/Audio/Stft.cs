using System.Numerics;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Audio;

/// <summary>
/// The short-time Fourier transform: cut the signal into overlapping frames (every <c>hop</c> samples, <c>nFft</c>
/// long), multiply each by a Hann window, and take the magnitude of its discrete Fourier transform; the result is a
/// spectrogram, frequency bins 0 … nFft/2 (bin k is k · sampleRate / nFft Hz) by frames. Frames start at sample 0 and
/// the signal is zero-padded at the end to fill the last frame (no centring). Two implementations that must agree:
/// <see cref="Magnitudes"/> (plain C#, a radix-2 FFT; the reference) and <see cref="BatchMagnitudes"/> (torch.stft,
/// for a whole data set at once). Introduced in lesson 15.
/// </summary>
public static class Stft
{
    /// <summary>The periodic Hann window w[n] = 0.5 − 0.5 cos(2πn/N), as torch.hann_window(N) makes it. Introduced in lesson 15.</summary>
    public static float[] Hann(int length)
    {
        if (length <= 0) throw new ArgumentOutOfRangeException(nameof(length), length, "window length must be positive");
        return Enumerable.Range(0, length).Select(n => (float)(0.5 - 0.5 * Math.Cos(2 * Math.PI * n / length))).ToArray();
    }

    /// <summary>How many frames a signal of <paramref name="samples"/> samples gives: 1 + ceil((samples − nFft) / hop), at least 1. Introduced in lesson 28.</summary>
    public static int FrameCount(int samples, int nFft, int hop)
    {
        Validate(nFft, hop);
        if (samples < 0) throw new ArgumentOutOfRangeException(nameof(samples), samples, "must not be negative");
        return samples <= nFft ? 1 : 1 + (samples - nFft + hop - 1) / hop;
    }

    /// <summary>
    /// The magnitude spectrogram of one signal, [frame][bin] with nFft/2 + 1 bins, computed in plain C# (double
    /// precision FFT). <paramref name="nFft"/> must be a power of two. Introduced in lesson 15.
    /// </summary>
    public static float[][] Magnitudes(IReadOnlyList<float> signal, int nFft, int hop)
    {
        ArgumentNullException.ThrowIfNull(signal);
        Validate(nFft, hop);
        var window = Hann(nFft);
        var frames = FrameCount(signal.Count, nFft, hop);
        var result = new float[frames][];
        var buffer = new Complex[nFft];
        for (var f = 0; f < frames; f++)
        {
            for (var n = 0; n < nFft; n++)
            {
                var i = f * hop + n;
                buffer[n] = new Complex(i < signal.Count ? signal[i] * window[n] : 0, 0);
            }
            Fft(buffer);
            result[f] = Enumerable.Range(0, nFft / 2 + 1).Select(k => (float)buffer[k].Magnitude).ToArray();
        }
        return result;
    }

    /// <summary>
    /// Magnitude spectrograms of a batch of equal-length signals [B, samples] with torch.stft: returns [B, nFft/2 + 1,
    /// frames], the same numbers as <see cref="Magnitudes"/> (transposed) up to float rounding. Introduced in lesson 15.
    /// </summary>
    public static Tensor BatchMagnitudes(Tensor signals, int nFft, int hop)
    {
        ArgumentNullException.ThrowIfNull(signals);
        Validate(nFft, hop);
        if (signals.dim() != 2) throw new ArgumentException($"expected signals shaped [batch, samples], got [{string.Join(", ", signals.shape)}]", nameof(signals));
        using var scope = NewDisposeScope();
        var samples = (int)signals.shape[1];
        var padded = FrameCount(samples, nFft, hop) is var frames && (frames - 1) * hop + nFft > samples
            ? nn.functional.pad(signals, [0, (frames - 1) * hop + nFft - samples])
            : signals;
        var window = hann_window(nFft, dtype: signals.dtype);
        var spectrum = stft(padded, nFft, hop, nFft, window, center: false, onesided: true, return_complex: true);
        return spectrum.abs().MoveToOuterDisposeScope();
    }

    private static void Validate(int nFft, int hop)
    {
        if (nFft < 2 || (nFft & (nFft - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(nFft), nFft, "nFft must be a power of two (e.g. 512)");
        if (hop <= 0) throw new ArgumentOutOfRangeException(nameof(hop), hop, "hop must be a positive number of samples (e.g. 160 = 10 ms at 16 kHz)");
    }

    /// <summary>In-place iterative radix-2 Cooley–Tukey FFT, X[k] = Σ x[n] e^(−2πikn/N).</summary>
    internal static void Fft(Complex[] x)
    {
        var n = x.Length;
        for (int i = 1, j = 0; i < n; i++)
        {
            var bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j ^= bit;
            if (i < j) (x[i], x[j]) = (x[j], x[i]);
        }
        for (var len = 2; len <= n; len <<= 1)
        {
            var step = Complex.FromPolarCoordinates(1, -2 * Math.PI / len);
            for (var start = 0; start < n; start += len)
            {
                var w = Complex.One;
                for (var k = 0; k < len / 2; k++)
                {
                    var a = x[start + k];
                    var b = x[start + k + len / 2] * w;
                    x[start + k] = a + b;
                    x[start + k + len / 2] = a - b;
                    w *= step;
                }
            }
        }
    }
}
