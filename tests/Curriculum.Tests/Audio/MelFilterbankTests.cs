using Curriculum.Audio;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Audio;

[Collection(TorchCollection.Name)]
public class MelFilterbankTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(700, 781.1728387)]     // 2595 · log10(2)
    [InlineData(1000, 999.9855371)]    // the scale's anchor: 1000 Hz ≈ 1000 mel
    [InlineData(8000, 2840.0230467)]
    public void Hz_to_mel_follows_the_HTK_formula(double hz, double mel)
    {
        Assert.Equal(mel, MelFilterbank.HzToMel(hz), 6);
        Assert.Equal(hz, MelFilterbank.MelToHz(mel), 5);
    }

    [Fact]
    public void Triangles_lie_in_0_to_1_rise_in_order_and_sum_to_1_between_the_outer_centres()
    {
        var fb = MelFilterbank.Create(40, 512, 16000);

        Assert.Equal(257, fb.GetLength(0));
        Assert.Equal(40, fb.GetLength(1));
        var centreOf = new double[40];
        for (var m = 0; m < 40; m++)
        {
            var column = Enumerable.Range(0, 257).Select(b => fb[b, m]).ToArray();
            Assert.All(column, w => Assert.InRange(w, 0f, 1f));
            Assert.True(column.Max() > 0.4f, $"filter {m} has no bin near its centre");
            centreOf[m] = MelFilterbank.MelToHz(MelFilterbank.HzToMel(8000) * (m + 1) / 41);
        }
        Assert.Equal(centreOf.Order(), centreOf);
        // Neighbouring triangles cross-fade: between the first and last centre the weights of every bin add up to 1.
        for (var b = 0; b < 257; b++)
        {
            var hz = b * 16000.0 / 512;
            if (hz < centreOf[0] || hz > centreOf[39]) continue;
            Assert.Equal(1.0, Enumerable.Range(0, 40).Sum(m => (double)fb[b, m]), 5);
        }
    }

    [Fact]
    public void Log_mel_is_the_log_of_filtered_power_plus_the_floor()
    {
        var fb = MelFilterbank.Create(4, 16, 8000);
        var magnitudes = new float[9];
        magnitudes[3] = 2f;                              // one bin with magnitude 2: power 4
        using var x = tensor(magnitudes, [1, 9, 1]);

        using var logMel = MelFilterbank.LogMel(x, fb);

        Assert.Equal(new long[] { 1, 4, 1 }, logMel.shape);
        for (var m = 0; m < 4; m++)
            Assert.Equal(Math.Log(4 * fb[3, m] + 1e-6), logMel[0, m, 0].item<float>(), 4);
    }

    [Fact]
    public void Bad_arguments_name_themselves()
    {
        Assert.Equal("hz", Assert.Throws<ArgumentOutOfRangeException>(() => MelFilterbank.HzToMel(-1)).ParamName);
        Assert.Equal("nMels", Assert.Throws<ArgumentOutOfRangeException>(() => MelFilterbank.Create(0, 512, 16000)).ParamName);
        Assert.Equal("fMax", Assert.Throws<ArgumentOutOfRangeException>(() => MelFilterbank.Create(40, 512, 16000, fMax: 9000)).ParamName);
        using var wrong = zeros(1, 100, 3);
        Assert.Equal("magnitudes", Assert.Throws<ArgumentException>(() => MelFilterbank.LogMel(wrong, MelFilterbank.Create(40, 512, 16000))).ParamName);
    }

    [Fact]
    public void To_magnitudes_inverts_log_mel_for_spectra_the_bands_can_represent()
    {
        // A power spectrum that is a non-negative mix of the filters' own shapes (power = filters · v, v ≥ 0) lies in the
        // space the pseudo-inverse maps back onto, so it is recovered up to rounding (other spectra: their projection).
        var filters = MelFilterbank.Create(64, 512, 16000);
        using var fb = tensor(filters);                                               // [bins, mels]
        using var v = rand(1, 64, 3) + 0.1;                                           // [B, mels, frames]
        using var power = matmul(fb, v);                                              // [B, bins, frames], ≥ 0
        using var magnitudes = power.sqrt();
        using var logMel = MelFilterbank.LogMel(magnitudes, filters);

        using var back = MelFilterbank.ToMagnitudes(logMel, filters);
        using var backLogMel = MelFilterbank.LogMel(back, filters);
        using var relativeError = (back.square() - power).norm() / power.norm();

        Assert.Equal(new long[] { 1, 257, 3 }, back.shape);
        Assert.True(back.min().item<float>() >= 0);
        Assert.True(relativeError.item<float>() < 1e-3f, $"relative error of the recovered power {relativeError.item<float>()}");
        // Going back to mel bands gives the same log mel energies.
        Assert.True((backLogMel - logMel).abs().max().item<float>() < 1e-3f, $"max log difference {(backLogMel - logMel).abs().max().item<float>()}");
    }

    [Fact]
    public void To_magnitudes_of_silence_is_silence_and_checks_its_input()
    {
        var filters = MelFilterbank.Create(40, 512, 16000);
        using var silence = full(new long[] { 1, 40, 2 }, Math.Log(1e-6));
        using var back = MelFilterbank.ToMagnitudes(silence, filters);
        Assert.True(back.abs().max().item<float>() < 1e-6f);
        using var wrong = zeros(1, 64, 2);
        Assert.Equal("logMel", Assert.Throws<ArgumentException>(() => MelFilterbank.ToMagnitudes(wrong, filters)).ParamName);
    }
}
