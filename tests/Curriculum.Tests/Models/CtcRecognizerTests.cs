using Curriculum.Audio;
using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class CtcRecognizerTests
{
    [Theory]
    [InlineData(95, 48)]
    [InlineData(94, 47)]
    [InlineData(1, 1)]
    public void Halves_the_frame_rate_and_scores_every_class(int frames, int expected)
    {
        manual_seed(2);
        using var model = new CtcRecognizer(mels: 40, classes: 11, channels: 16, hidden: 8);
        model.eval();
        using var x = randn(3, 40, frames);

        using var logits = model.call(x);

        Assert.Equal(new long[] { 3, expected, 11 }, logits.shape);
        Assert.Equal(expected, CtcRecognizer.OutputFrames(frames));
    }

    [Fact]
    public void Can_learn_to_spell_two_toy_sequences_with_the_CTC_loss()
    {
        // Two fixed inputs and targets [1, 2] and [2, 2]: a few dozen Adam steps must drive the loss down and decode both.
        manual_seed(3);
        using var model = new CtcRecognizer(mels: 4, classes: 3, channels: 16, hidden: 16, dropoutRate: 0);
        using var x = randn(2, 4, 20);
        using var y = Ctc.PackTargets([[1, 2], [2, 2]]);
        var optimizer = optim.Adam(model.parameters(), lr: 0.01);
        float first = 0, last = 0;
        for (var step = 0; step < 150; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            var loss = Ctc.Loss(model.call(x), y);
            loss.backward();
            optimizer.step();
            if (step == 0) first = loss.item<float>();
            last = loss.item<float>();
        }
        model.eval();
        using var logits = model.call(x);

        Assert.True(last < first / 5, $"loss {first} → {last}");
        Assert.Equal([[1, 2], [2, 2]], Ctc.Greedy(logits));
    }

    [Fact]
    public void A_one_directional_model_has_half_the_classifier_inputs_and_cannot_see_the_future()
    {
        manual_seed(4);
        using var model = new CtcRecognizer(mels: 8, classes: 5, channels: 8, hidden: 6, dropoutRate: 0, bidirectional: false);
        model.eval();
        Assert.Equal(new long[] { 5, 6 }, model.named_parameters().Single(p => p.name == "classifier.weight").parameter.shape);
        using var x = randn(1, 8, 20);
        using var changedEnd = x.clone();
        changedEnd[.., .., 15..] = randn(1, 8, 5);

        using var a = model.call(x);
        using var b = model.call(changedEnd);

        // Output frame t sees input frames up to 2t + 6 (stride-2 kernel of 5, then a kernel of 5): frames 0..4 see only 0..14.
        using var early = (a[.., ..5] - b[.., ..5]).abs().max();
        using var late = (a.select(1, -1) - b.select(1, -1)).abs().max();
        Assert.True(early.item<float>() < 1e-6, "a one-directional model must not look ahead");
        Assert.True(late.item<float>() > 1e-4, "the changed frames must matter where they are heard");
    }

    [Fact]
    public void A_wrong_input_shape_names_the_shape()
    {
        using var model = new CtcRecognizer(mels: 40);
        using var x = zeros(2, 1, 40, 95);

        var e = Assert.Throws<ArgumentException>(() => model.call(x));

        Assert.Equal("input", e.ParamName);
        Assert.Contains("[N, 40, frames]", e.Message);
    }
}
