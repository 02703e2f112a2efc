using Curriculum.Models;
using Curriculum.Tests.Support;
using Curriculum.Text;
using Curriculum.Training;
using static TorchSharp.torch;

namespace Curriculum.Tests.Training;

[Collection(TorchCollection.Name)]
public class CharLmTrainerTests
{
    // "abcad" repeated: after 'a' comes 'b' or 'd', so a model needs more than one character of context.
    private static readonly int[] Periodic = Enumerable.Range(0, 4000).Select(i => "abcad"[i % 5] - 'a').ToArray();

    [Fact]
    public void An_untrained_model_costs_about_log2_V_bits_and_training_learns_the_pattern()
    {
        manual_seed(3);
        using var model = new CharGru(4, embeddingSize: 8, hiddenSize: 32);
        CharStep step = (x, s) => model.Step(x, s);
        var before = CharLmTrainer.BitsPerChar(model, step, Periodic[..1000], streams: 4, window: 20);
        Assert.InRange(before, 1.6, 2.4);   // log2 4 = 2

        var history = CharLmTrainer.Fit(model, step, new TokenStreams(Periodic, 8, 20),
            () => CharLmTrainer.BitsPerChar(model, step, Periodic[..1000], streams: 4, window: 20),
            new CharLmOptions { Steps = 150, LearningRate = 1e-2, EvaluateEvery = 50, Seed = 3 });

        Assert.Equal(150, history.TrainBits.Count);
        Assert.Equal(new[] { 50, 100, 150 }, history.Validation.Select(v => v.Step));
        Assert.True(history.FinalValidationBits < 0.1, $"validation bits {history.FinalValidationBits}");
        var generated = Sampling.Generate(CharLmTrainer.Stepper(model, step), [0, 1, 2], 10, Decoding.Greedy(), seed: 0);
        Assert.Equal(new[] { 0, 3, 0, 1, 2, 0, 3, 0, 1, 2 }, generated);   // "adabcadabc" continues "abc"
    }

    [Fact]
    public void Smoothed_training_bits_average_a_moving_window()
    {
        var h = new CharLmHistory();
        h.TrainBits.AddRange([4, 2, 0, 2]);
        Assert.Equal(new double[] { 4, 3, 1, 1 }, h.SmoothedTrainBits(2));
    }

    [Fact]
    public void Bad_options_are_refused()
    {
        using var model = new CharGru(4, 4, 4);
        CharStep step = (x, s) => model.Step(x, s);
        Assert.Throws<ArgumentOutOfRangeException>(() => CharLmTrainer.Fit(model, step, new TokenStreams(Periodic, 2, 5), null, new CharLmOptions { Steps = 0 }));
    }
}
