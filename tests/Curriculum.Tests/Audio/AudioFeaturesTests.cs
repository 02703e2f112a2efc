using Curriculum.Audio;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Audio;

[Collection(TorchCollection.Name)]
public class AudioFeaturesTests
{
    [Fact]
    public void Pads_short_clips_with_zeros_and_cuts_long_ones()
    {
        using var x = AudioFeatures.PadOrTrim([[1f, 2f], [1f, 2f, 3f, 4f, 5f]], 3);

        Assert.Equal(new long[] { 2, 3 }, x.shape);
        Assert.Equal([1f, 2f, 0f, 1f, 2f, 3f], x.data<float>().ToArray());
    }

    [Fact]
    public void Log_mel_of_a_batch_matches_the_step_by_step_computation()
    {
        var random = new Random(2);
        var clips = Enumerable.Range(0, 3).Select(i => Enumerable.Range(0, 4000 + 1000 * i).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray()).ToList();

        using var features = AudioFeatures.LogMel(clips, 5000, nFft: 256, hop: 128, nMels: 20);

        Assert.Equal(new long[] { 3, 20, Stft.FrameCount(5000, 256, 128) }, features.shape);
        var fb = MelFilterbank.Create(20, 256, 16000);
        var padded = clips[0].Concat(new float[1000]).ToArray();
        var own = Stft.Magnitudes(padded, 256, 128);
        for (var f = 0; f < own.Length; f += 7)
        for (var m = 0; m < 20; m++)
        {
            var energy = Enumerable.Range(0, 129).Sum(k => (double)own[f][k] * own[f][k] * fb[k, m]);
            Assert.Equal(Math.Log(energy + 1e-6), features[0, m, f].item<float>(), 3);
        }
    }

    [Fact]
    public void Rows_of_a_matrix()
    {
        using var m = tensor(new float[] { 1, 2, 3, 4, 5, 6 }, [2, 3]);

        var rows = AudioFeatures.ToRows(m);

        Assert.Equal([[1f, 2f, 3f], [4f, 5f, 6f]], rows);
        using var transposed = m.t();
        Assert.Equal([[1f, 4f], [2f, 5f], [3f, 6f]], AudioFeatures.ToRows(transposed));
        using var threeD = zeros(1, 2, 3);
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() => AudioFeatures.ToRows(threeD)).ParamName);
    }

    [Fact]
    public void Bad_arguments_name_themselves()
    {
        Assert.Equal("clips", Assert.Throws<ArgumentException>(() => AudioFeatures.PadOrTrim([], 10)).ParamName);
        Assert.Equal("samples", Assert.Throws<ArgumentOutOfRangeException>(() => AudioFeatures.PadOrTrim([[1f]], 0)).ParamName);
    }

    [Fact]
    public void Trim_silence_keeps_from_the_first_to_the_last_loud_sample()
    {
        float[] clip = [0, 0.005f, -0.02f, 0.3f, 0, 0.001f, 0.5f, 0.002f, 0];
        Assert.Equal([-0.02f, 0.3f, 0, 0.001f, 0.5f], AudioFeatures.TrimSilence(clip));
        Assert.Equal([0.3f, 0, 0.001f, 0.5f], AudioFeatures.TrimSilence(clip, 0.1f));
        float[] quiet = [0, 0.001f];
        Assert.Equal(quiet, AudioFeatures.TrimSilence(quiet));
        Assert.Throws<ArgumentOutOfRangeException>(() => AudioFeatures.TrimSilence(clip, -1));
    }
}
