using static TorchSharp.torch;

namespace Curriculum.Audio;

/// <summary>
/// The mel scale and a triangular mel filterbank. The mel scale (HTK formula m = 2595 · log10(1 + f / 700)) is close to
/// linear below 1 kHz and logarithmic above, roughly as pitch is perceived; 1,000 Hz ≈ 1,000 mel. The filterbank has
/// triangles whose centres are equally spaced in mel between fMin and fMax; each spectrogram frame's power spectrum
/// times the matrix gives the energy per mel band (torchaudio's melscale_fbanks with mel_scale="htk", norm=None).
/// Introduced in lesson 15.
/// </summary>
public static class MelFilterbank
{
    /// <summary>Hz to mel: 2595 · log10(1 + hz / 700). Introduced in lesson 15.</summary>
    public static double HzToMel(double hz)
    {
        if (!(hz >= 0)) throw new ArgumentOutOfRangeException(nameof(hz), hz, "frequency must be ≥ 0 Hz");
        return 2595 * Math.Log10(1 + hz / 700);
    }

    /// <summary>Mel to Hz: 700 · (10^(mel / 2595) − 1), the inverse of <see cref="HzToMel"/>. Introduced in lesson 15.</summary>
    public static double MelToHz(double mel)
    {
        if (!(mel >= 0)) throw new ArgumentOutOfRangeException(nameof(mel), mel, "mel value must be ≥ 0");
        return 700 * (Math.Pow(10, mel / 2595) - 1);
    }

    /// <summary>
    /// The filter weights [bin, mel] for spectrogram bins 0 … nFft/2 at <paramref name="sampleRate"/>: filter m rises
    /// linearly from centre m−1 to 1 at centre m and falls to 0 at centre m+1 (centres equally spaced in mel, nMels + 2
    /// points from fMin to fMax). <paramref name="fMax"/> defaults to the Nyquist frequency. Introduced in lesson 15.
    /// </summary>
    public static float[,] Create(int nMels, int nFft, int sampleRate, double fMin = 0, double? fMax = null)
    {
        if (nMels <= 0) throw new ArgumentOutOfRangeException(nameof(nMels), nMels, "need at least one mel band");
        if (nFft < 2) throw new ArgumentOutOfRangeException(nameof(nFft), nFft, "nFft must be at least 2");
        if (sampleRate <= 0) throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "sample rate must be positive");
        var top = fMax ?? sampleRate / 2.0;
        if (!(fMin >= 0 && fMin < top && top <= sampleRate / 2.0))
            throw new ArgumentOutOfRangeException(nameof(fMax), $"need 0 ≤ fMin < fMax ≤ sampleRate/2; got fMin {fMin}, fMax {top}");
        var bins = nFft / 2 + 1;
        double lo = HzToMel(fMin), hi = HzToMel(top);
        var centres = Enumerable.Range(0, nMels + 2).Select(i => MelToHz(lo + (hi - lo) * i / (nMels + 1))).ToArray();
        var weights = new float[bins, nMels];
        for (var b = 0; b < bins; b++)
        {
            var hz = (double)b * sampleRate / nFft;
            for (var m = 0; m < nMels; m++)
            {
                double left = centres[m], centre = centres[m + 1], right = centres[m + 2];
                var w = Math.Min((hz - left) / (centre - left), (right - hz) / (right - centre));
                weights[b, m] = (float)Math.Max(0, w);
            }
        }
        return weights;
    }

    /// <summary>
    /// Log mel energies of magnitude spectrograms [B, bins, frames]: ln(magnitude² · filters + <paramref name="floor"/>),
    /// shaped [B, nMels, frames]. The floor keeps silence finite (ln 1e-6 ≈ −13.8). Introduced in lesson 15.
    /// </summary>
    public static Tensor LogMel(Tensor magnitudes, float[,] filters, double floor = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(magnitudes);
        ArgumentNullException.ThrowIfNull(filters);
        if (magnitudes.dim() != 3 || magnitudes.shape[1] != filters.GetLength(0))
            throw new ArgumentException($"expected magnitudes shaped [batch, {filters.GetLength(0)} bins, frames], got [{string.Join(", ", magnitudes.shape)}]", nameof(magnitudes));
        if (!(floor > 0)) throw new ArgumentOutOfRangeException(nameof(floor), floor, "floor must be positive");
        using var scope = NewDisposeScope();
        var fb = tensor(filters, dtype: magnitudes.dtype);                 // [bins, mels]
        var mel = matmul(fb.t(), magnitudes.square());                      // [B, mels, frames]
        return (mel + floor).log().MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Back from log mel energies [B, nMels, frames] to approximate magnitude spectrograms [B, bins, frames]: undo the
    /// log and the floor, map the mel energies to bins with the Moore–Penrose pseudo-inverse of the filterbank (the
    /// least-squares, minimum-norm answer; 40–80 bands cannot recover the 257 bins' detail), clamp negative powers to 0
    /// and take the square root. The inverse of <see cref="LogMel"/> up to the detail the bands threw away.
    /// Introduced in lesson 28.
    /// </summary>
    public static Tensor ToMagnitudes(Tensor logMel, float[,] filters, double floor = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(logMel);
        ArgumentNullException.ThrowIfNull(filters);
        if (logMel.dim() != 3 || logMel.shape[1] != filters.GetLength(1))
            throw new ArgumentException($"expected log mel energies shaped [batch, {filters.GetLength(1)} mels, frames], got [{string.Join(", ", logMel.shape)}]", nameof(logMel));
        if (!(floor > 0)) throw new ArgumentOutOfRangeException(nameof(floor), floor, "floor must be positive");
        using var scope = NewDisposeScope();
        var fb = tensor(filters, dtype: ScalarType.Float64);                       // [bins, mels]
        var inverse = linalg.pinv(fb.t()).to(logMel.dtype);                        // [bins, mels]
        var melPower = (logMel.exp() - floor).clamp_min(0);                         // [B, mels, frames]
        return matmul(inverse, melPower).clamp_min(0).sqrt().MoveToOuterDisposeScope();
    }
}
