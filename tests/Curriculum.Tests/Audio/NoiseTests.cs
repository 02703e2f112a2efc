using Curriculum.Audio;

namespace Curriculum.Tests.Audio;

public class NoiseTests
{
    [Theory]
    [InlineData(20)]
    [InlineData(0)]
    [InlineData(-5)]
    public void The_added_noise_has_the_requested_signal_to_noise_ratio(double snr)
    {
        var signal = Enumerable.Range(0, 32000).Select(n => 0.3f * MathF.Sin(2 * MathF.PI * 440 * n / 16000)).ToArray();

        var noisy = Noise.AddWhite(signal, snr, new Random(4));

        var signalPower = signal.Average(v => (double)v * v);
        var noisePower = noisy.Select((v, i) => (double)(v - signal[i]) * (v - signal[i])).Average();
        Assert.Equal(snr, 10 * Math.Log10(signalPower / noisePower), 1);
        var noise = noisy.Select((v, i) => (double)(v - signal[i])).ToArray();
        Assert.Equal(0, noise.Average(), 2);   // zero mean
    }

    [Fact]
    public void The_same_random_seed_gives_the_same_noise()
    {
        float[] clip = [0.1f, -0.2f, 0.3f, 0f];

        Assert.Equal(Noise.AddWhite(clip, 10, new Random(1)), Noise.AddWhite(clip, 10, new Random(1)));
        Assert.NotEqual(Noise.AddWhite(clip, 10, new Random(1)), Noise.AddWhite(clip, 10, new Random(2)));
        Assert.Equal("samples", Assert.Throws<ArgumentException>(() => Noise.AddWhite([], 10, new Random(1))).ParamName);
    }
}
