using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Audio;

/// <summary>
/// From a magnitude spectrogram back to a waveform. A spectrogram keeps each frequency's strength but drops its phase;
/// Griffin–Lim (Griffin and Lim 1984) finds a phase by alternating projections: start from random phases, invert (ISTFT),
/// take the STFT of the result, keep its phases and put back the wanted magnitudes, repeat. With momentum ("fast
/// Griffin–Lim", Perraudin et al. 2013; torchaudio's default 0.99) it converges in a few dozen iterations. The STFT here
/// is torch.stft with a periodic Hann window and centred frames (the signal is reflected by nFft/2 at both ends), so a
/// signal of S samples has 1 + ⌊S / hop⌋ frames and the inverse reproduces it exactly when hop ≤ nFft/2.
/// Introduced in lesson 28.
/// </summary>
public static class GriffinLim
{
    /// <summary>The complex centred STFT of signals [B, samples]: [B, nFft/2 + 1, 1 + ⌊samples / hop⌋]. Introduced in lesson 28.</summary>
    public static Tensor Spectrum(Tensor signals, int nFft, int hop)
    {
        ArgumentNullException.ThrowIfNull(signals);
        Validate(nFft, hop);
        if (signals.dim() != 2) throw new ArgumentException($"expected signals shaped [batch, samples], got [{string.Join(", ", signals.shape)}]", nameof(signals));
        using var window = hann_window(nFft, dtype: signals.dtype);
        return stft(signals, nFft, hop, nFft, window, center: true, pad_mode: PaddingModes.Reflect, onesided: true, return_complex: true);
    }

    /// <summary>The magnitudes |STFT| of <see cref="Spectrum"/>. Introduced in lesson 28.</summary>
    public static Tensor Magnitudes(Tensor signals, int nFft, int hop)
    {
        using var spectrum = Spectrum(signals, nFft, hop);
        return spectrum.abs();
    }

    /// <summary>The inverse STFT (overlap-add with the same window, divided by the summed squared window) of a complex spectrum [B, bins, frames]: [B, length]. Introduced in lesson 28.</summary>
    public static Tensor Inverse(Tensor spectrum, int nFft, int hop, long length)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        Validate(nFft, hop);
        if (spectrum.dim() != 3 || spectrum.shape[1] != nFft / 2 + 1 || !spectrum.is_complex())
            throw new ArgumentException($"expected a complex spectrum shaped [batch, {nFft / 2 + 1}, frames], got {spectrum.dtype} [{string.Join(", ", spectrum.shape)}]", nameof(spectrum));
        if (length <= 0) throw new ArgumentOutOfRangeException(nameof(length), length, "must be a positive number of samples");
        using var window = hann_window(nFft, dtype: ScalarType.Float32);
        return istft(spectrum, nFft, hop, nFft, window, center: true, onesided: true, length: length);
    }

    /// <summary>
    /// A waveform [B, (frames − 1) · hop] whose STFT magnitudes approach <paramref name="magnitudes"/> [B, bins, frames]
    /// (a centred STFT as <see cref="Spectrum"/> makes them), after <paramref name="iterations"/> rounds of fast
    /// Griffin–Lim from seeded random phases. Introduced in lesson 28.
    /// </summary>
    public static Tensor Reconstruct(Tensor magnitudes, int nFft, int hop, int iterations = 32, double momentum = 0.99, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(magnitudes);
        Validate(nFft, hop);
        if (magnitudes.dim() != 3 || magnitudes.shape[1] != nFft / 2 + 1)
            throw new ArgumentException($"expected magnitudes shaped [batch, {nFft / 2 + 1} bins, frames], got [{string.Join(", ", magnitudes.shape)}]", nameof(magnitudes));
        if (magnitudes.shape[2] < 2) throw new ArgumentException("need at least 2 frames", nameof(magnitudes));
        if (iterations <= 0) throw new ArgumentOutOfRangeException(nameof(iterations), iterations, "must be positive");
        if (momentum is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(momentum), momentum, "must be in [0, 1)");
        using var scope = NewDisposeScope();
        var length = (magnitudes.shape[2] - 1) * hop;
        var target = magnitudes.to(ScalarType.Float32);
        using var generator = new Generator((ulong)seed);
        var angles = polar(ones_like(target), rand(target.shape, generator: generator) * (2 * Math.PI));
        var previous = zeros_like(angles);
        for (var i = 0; i < iterations; i++)
        {
            using var step = NewDisposeScope();
            var signal = Inverse(target * angles, nFft, hop, length);
            var rebuilt = Spectrum(signal, nFft, hop);
            var next = rebuilt - previous * (momentum / (1 + momentum));
            angles = (next / (next.abs() + 1e-16)).MoveToOuterDisposeScope();
            previous = rebuilt.MoveToOuterDisposeScope();
        }
        return Inverse(target * angles, nFft, hop, length).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Spectral convergence ‖S − Ŝ‖ / ‖S‖ (Frobenius norms) between wanted magnitudes S and those Ŝ of a candidate: 0 is
    /// a perfect match, 1 as far as silence. Introduced in lesson 28.
    /// </summary>
    public static double SpectralConvergence(Tensor target, Tensor estimate)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(estimate);
        if (!target.shape.SequenceEqual(estimate.shape))
            throw new ArgumentException($"shapes differ: target [{string.Join(", ", target.shape)}], estimate [{string.Join(", ", estimate.shape)}]", nameof(estimate));
        using var scope = NewDisposeScope();
        var norm = target.norm().item<float>();
        if (!(norm > 0)) throw new ArgumentException("the target is all zeros", nameof(target));
        return (target - estimate).norm().item<float>() / norm;
    }

    private static void Validate(int nFft, int hop)
    {
        if (nFft < 4 || (nFft & (nFft - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(nFft), nFft, "nFft must be a power of two (e.g. 512)");
        if (hop <= 0 || hop > nFft / 2) throw new ArgumentOutOfRangeException(nameof(hop), hop, "hop must be in 1 … nFft/2 so the frames overlap (e.g. 128 for nFft 512)");
    }
}
