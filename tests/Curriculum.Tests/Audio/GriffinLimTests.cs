using Curriculum.Audio;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Audio;

[Collection(TorchCollection.Name)]
public class GriffinLimTests
{
    private static Tensor Chirp()
    {
        // 0.5 s at 16 kHz: a tone gliding from 300 to 2,000 Hz plus a steady 3 kHz tone, fading in and out.
        var x = new float[8000];
        for (var n = 0; n < x.Length; n++)
        {
            var t = n / 16000.0;
            var envelope = Math.Sin(Math.PI * n / x.Length);
            x[n] = (float)(envelope * (0.5 * Math.Sin(2 * Math.PI * (300 * t + 1700 * t * t)) + 0.2 * Math.Sin(2 * Math.PI * 3000 * t)));
        }
        return tensor(x, [1, x.Length]);
    }

    [Fact]
    public void Inverse_stft_round_trips_a_signal()
    {
        using var x = Chirp();
        using var spectrum = GriffinLim.Spectrum(x, 512, 128);
        Assert.Equal(new long[] { 1, 257, 1 + 8000 / 128 }, spectrum.shape);

        using var back = GriffinLim.Inverse(spectrum, 512, 128, 8000);

        Assert.Equal(x.shape, back.shape);
        Assert.True((back - x).abs().max().item<float>() < 1e-4f);
    }

    [Fact]
    public void Reconstructs_a_known_signals_magnitudes_and_improves_with_iterations()
    {
        using var x = Chirp();
        using var wanted = GriffinLim.Magnitudes(x, 512, 128);

        double ConvergenceAfter(int iterations)
        {
            using var audio = GriffinLim.Reconstruct(wanted, 512, 128, iterations, seed: 1);
            using var got = GriffinLim.Magnitudes(audio, 512, 128);
            return GriffinLim.SpectralConvergence(wanted, got.narrow(2, 0, wanted.shape[2]));
        }
        var one = ConvergenceAfter(1);
        var many = ConvergenceAfter(100);

        Assert.True(many < 0.1, $"spectral convergence after 100 iterations {many:0.000}");
        Assert.True(many < one / 2, $"after 1 iteration {one:0.000}, after 100 {many:0.000}");
    }

    [Fact]
    public void Spectral_convergence_is_zero_for_a_match_and_one_for_silence()
    {
        using var s = tensor(new float[] { 3, 4 });
        Assert.Equal(0, GriffinLim.SpectralConvergence(s, s), 6);
        using var silence = zeros(2);
        Assert.Equal(1, GriffinLim.SpectralConvergence(s, silence), 6);
        using var half = s / 2;
        Assert.Equal(0.5, GriffinLim.SpectralConvergence(s, half), 6);
        Assert.Throws<ArgumentException>(() => GriffinLim.SpectralConvergence(s, zeros(3)));
    }

    [Fact]
    public void Rejects_frames_that_do_not_overlap_and_wrong_shapes()
    {
        using var m = ones(1, 257, 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => GriffinLim.Reconstruct(m, 512, 300));
        Assert.Throws<ArgumentException>(() => GriffinLim.Reconstruct(ones(1, 100, 10), 512, 128));
        Assert.Throws<ArgumentOutOfRangeException>(() => GriffinLim.Reconstruct(m, 512, 128, iterations: 0));
    }
}
