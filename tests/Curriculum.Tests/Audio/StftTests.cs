using Curriculum.Audio;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Audio;

[Collection(TorchCollection.Name)]
public class StftTests
{
    [Fact]
    public void Periodic_hann_window_starts_at_zero_peaks_at_the_middle_and_sums_to_half_its_length()
    {
        var w = Stft.Hann(512);

        Assert.Equal(0f, w[0]);
        Assert.Equal(1f, w[256], 6);
        Assert.Equal(0.5f, w[128], 6);
        Assert.Equal(256.0, w.Sum(v => (double)v), 3);
        using var torchWindow = hann_window(512);
        Assert.Equal(torchWindow.data<float>().ToArray(), w, (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Theory]
    [InlineData(16000, 512, 160, 98)]   // 1 + ceil(15488 / 160)
    [InlineData(512, 512, 160, 1)]
    [InlineData(100, 512, 160, 1)]
    [InlineData(672, 512, 160, 2)]
    [InlineData(673, 512, 160, 3)]
    public void Frame_count_covers_the_signal(int samples, int nFft, int hop, int expected) =>
        Assert.Equal(expected, Stft.FrameCount(samples, nFft, hop));

    [Fact]
    public void A_sine_on_bin_32_peaks_there_with_magnitude_A_N_over_4()
    {
        // 1000 Hz at 16 kHz with N = 512 is exactly bin 32. With a Hann window the peak is A·ΣW/2 = A·N/4 and the two
        // neighbours get half of that (the window's spectrum is −1/4, 1/2, −1/4 in bins −1, 0, +1); all else is 0.
        const float amplitude = 0.5f;
        var signal = Enumerable.Range(0, 4096).Select(n => (float)(amplitude * Math.Sin(2 * Math.PI * 1000 * n / 16000))).ToArray();

        var frames = Stft.Magnitudes(signal, 512, 160);

        foreach (var frame in frames.Take(frames.Length - 1))   // the last frame is zero-padded
        {
            Assert.Equal(257, frame.Length);
            Assert.Equal(32, Array.IndexOf(frame, frame.Max()));
            Assert.Equal(amplitude * 512 / 4, frame[32], 2);
            Assert.Equal(amplitude * 512 / 8, frame[31], 2);
            Assert.Equal(amplitude * 512 / 8, frame[33], 2);
            Assert.All(frame.Where((_, k) => k < 31 || k > 33), v => Assert.True(v < 5e-3, $"leak {v}"));
        }
    }

    [Fact]
    public void Torch_stft_agrees_with_the_plain_CSharp_reference()
    {
        var random = new Random(7);
        var signals = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 3000).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray()).ToArray();
        using var batch = tensor(signals.SelectMany(s => s).ToArray(), [3, 3000]);

        using var torchMagnitudes = Stft.BatchMagnitudes(batch, 256, 100);

        Assert.Equal(new long[] { 3, 129, Stft.FrameCount(3000, 256, 100) }, torchMagnitudes.shape);
        for (var b = 0; b < 3; b++)
        {
            var own = Stft.Magnitudes(signals[b], 256, 100);
            for (var f = 0; f < own.Length; f++)
            for (var k = 0; k < 129; k++)
                Assert.True(Math.Abs(own[f][k] - torchMagnitudes[b, k, f].item<float>()) < 1e-4, $"item {b}, frame {f}, bin {k}");
        }
    }

    [Fact]
    public void Bad_sizes_name_the_argument()
    {
        Assert.Equal("nFft", Assert.Throws<ArgumentOutOfRangeException>(() => Stft.Magnitudes([1f], 500, 100)).ParamName);
        Assert.Equal("hop", Assert.Throws<ArgumentOutOfRangeException>(() => Stft.Magnitudes([1f], 512, 0)).ParamName);
        using var oneD = zeros(100);
        Assert.Equal("signals", Assert.Throws<ArgumentException>(() => Stft.BatchMagnitudes(oneD, 64, 16)).ParamName);
    }
}
