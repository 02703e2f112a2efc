using Curriculum.Models;
using Curriculum.Tests.Support;
using Curriculum.Text;
using Curriculum.Training;
using static TorchSharp.torch;

namespace Curriculum.Tests.Training;

[Collection(TorchCollection.Name)]
public class TeacherForcingTests
{
    [Fact]
    public void Loss_is_the_cross_entropy_of_the_shifted_target_ignoring_padding()
    {
        manual_seed(5);
        using var model = new Seq2SeqTransformer(12, 10, modelSize: 8, heads: 2, encoderLayers: 1, decoderLayers: 1, feedForward: 16, dropoutRate: 0);
        model.eval();
        using var source = tensor(new long[,] { { 1, 4, 5, 2 }, { 1, 6, 2, 0 } });
        using var target = tensor(new long[,] { { 1, 7, 8, 2 }, { 1, 9, 2, 0 } });

        using var loss = TeacherForcing.Loss(model, source, target);

        // Independent: logits from <bos> y1 y2, then -log p(next) averaged over the 5 real next tokens (7 8 eos | 9 eos).
        using var logits = model.call(source, target.narrow(1, 0, 3));
        using var logp = nn.functional.log_softmax(logits, -1);
        double sum = 0;
        var next = new[] { new[] { 7, 8, 2 }, new[] { 9, 2, -1 } };
        for (var n = 0; n < 2; n++)
            for (var t = 0; t < 3; t++)
                if (next[n][t] >= 0) sum -= logp[n, t, next[n][t]].item<float>();
        Assert.Equal(sum / 5, loss.item<float>(), 4);
    }

    [Fact]
    public void Fit_learns_a_small_grammar_sample()
    {
        var pairs = BilingualGrammar.Generate(120, seed: 9);
        var sv = new TranslationVocabulary(pairs.Select(p => (IReadOnlyList<string>)p.English));
        var tv = new TranslationVocabulary(pairs.Select(p => (IReadOnlyList<string>)p.Chinese));
        using var source = sv.ToTensor(pairs.Select(p => (IReadOnlyList<string>)p.English));
        using var target = tv.ToTensor(pairs.Select(p => (IReadOnlyList<string>)p.Chinese));
        manual_seed(9);
        using var model = new Seq2SeqTransformer(sv.Count, tv.Count, modelSize: 32, heads: 2, encoderLayers: 1, decoderLayers: 1, feedForward: 64, dropoutRate: 0);
        var optimizer = optim.Adam(model.parameters(), lr: 0.003);

        var history = TeacherForcing.Fit(model, optimizer, source, target,
            () => new Dictionary<string, double> { ["loss"] = TeacherForcing.Loss(model, source, target).item<float>() },
            new TrainOptions { Epochs = 25, BatchSize = 16, Seed = 9, Monitor = "loss", HigherIsBetter = false });

        var losses = history.Series("train loss");
        Assert.True(losses[^1] < losses[0] / 4, $"loss {losses[0]:0.000} → {losses[^1]:0.000}");
        var outputs = model.TranslateGreedy(source, maxLength: 12).Select(ids => tv.Decode(ids)).ToArray();
        var exact = pairs.Zip(outputs).Average(z => z.First.Chinese.SequenceEqual(z.Second) ? 1.0 : 0.0);
        Assert.True(exact > 0.5, $"exact match on the training sentences {exact:0.00}");
        // The best epoch's weights are back in the model.
        Assert.Equal(history.AtBest("loss"), TeacherForcing.Loss(model, source, target).item<float>(), 4);
    }

    [Fact]
    public void Mismatched_rows_are_rejected()
    {
        using var model = new Seq2SeqTransformer(12, 10, modelSize: 8, heads: 2);
        using var source = zeros(new long[] { 2, 4 }, ScalarType.Int64);
        using var target = zeros(new long[] { 3, 4 }, ScalarType.Int64);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => TeacherForcing.Loss(model, source, target)).ParamName);
    }
}
