using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class PhonemeToMelTests
{
    [Fact]
    public void Keeps_the_frame_count_and_outputs_every_mel_band()
    {
        manual_seed(3);
        using var model = new PhonemeToMel(inputs: 22, mels: 64, channels: 16);
        using var x = randn(2, 22, 37);

        using var y = model.call(x);

        Assert.Equal(new long[] { 2, 64, 37 }, y.shape);
        Assert.Equal(12, model.ContextFrames);   // kernel 5, dilations 1, 2, 1, 2: 2 · (1 + 2 + 1 + 2)
    }

    [Fact]
    public void A_frame_depends_only_on_frames_within_its_context()
    {
        manual_seed(4);
        using var model = new PhonemeToMel(inputs: 6, mels: 8, channels: 8);
        model.eval();
        using var x = randn(1, 6, 60);
        using var changed = x.clone();
        changed[0, .., 40] = randn(6);   // change frame 40 only

        using var a = model.call(x);
        using var b = model.call(changed);
        using var diff = (a - b).abs().sum(1)[0];   // per frame
        var d = diff.data<float>().ToArray();

        Assert.All(Enumerable.Range(0, 60).Where(f => Math.Abs(f - 40) > model.ContextFrames), f => Assert.Equal(0f, d[f]));
        Assert.True(d[40] > 0);
    }

    [Fact]
    public void Learns_to_map_a_fixed_input_to_a_fixed_spectrogram()
    {
        manual_seed(5);
        using var model = new PhonemeToMel(inputs: 4, mels: 6, channels: 16);
        using var x = randn(2, 4, 20);
        using var y = randn(2, 6, 20);
        using var optimizer = TorchSharp.torch.optim.Adam(model.parameters(), lr: 0.01);
        float LossNow() { using var p = model.call(x); using var l = nn.functional.l1_loss(p, y); return l.item<float>(); }
        var before = LossNow();
        for (var step = 0; step < 200; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            nn.functional.l1_loss(model.call(x), y).backward();
            optimizer.step();
        }
        Assert.True(LossNow() < before / 3, $"L1 {before:0.000} → {LossNow():0.000}");
        Assert.Throws<ArgumentException>(() => model.call(randn(2, 5, 20)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PhonemeToMel(4, kernel: 4));
    }
}
