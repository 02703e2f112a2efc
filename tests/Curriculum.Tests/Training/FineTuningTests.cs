using Curriculum.Models;
using Curriculum.Tests.Support;
using Curriculum.Text;
using Curriculum.Training;
using static TorchSharp.torch;

namespace Curriculum.Tests.Training;

[Collection(TorchCollection.Name)]
public class FineTuningTests
{
    /// <summary>Synthetic "token states": class 1 texts have a positive first feature on every token, class 0 a negative one.</summary>
    private static (EncodedTexts Texts, bool[] Labels) Toy(int count, int seed)
    {
        var random = new Random(seed);
        var labels = Enumerable.Range(0, count).Select(i => i % 2 == 1).ToArray();
        var ids = labels.Select(_ => Enumerable.Range(0, 2 + random.Next(5)).ToArray()).ToArray();
        var states = ids.Select((t, i) => Enumerable.Range(0, t.Length * 384)
            .Select(k => (float)(random.NextDouble() - 0.5 + (k % 384 == 0 ? (labels[i] ? 2 : -2) : 0))).ToArray()).ToArray();
        return (new EncodedTexts(new float[count][].Select(_ => new float[384]).ToArray(), states, ids), labels);
    }

    [Fact]
    public void Batch_pads_to_the_longest_text_and_masks_the_padding()
    {
        var texts = new EncodedTexts([new float[384], new float[384]],
            [Enumerable.Repeat(1f, 2 * 384).ToArray(), Enumerable.Repeat(2f, 3 * 384).ToArray()], [[101, 102], [101, 7, 102]]);
        var (states, mask) = FineTuning.Batch(texts, [0, 1]);
        using (states) using (mask)
        {
            Assert.Equal(new long[] { 2, 3, 384 }, states.shape);
            Assert.Equal([1L, 1, 0, 1, 1, 1], mask.data<long>().ToArray());
            Assert.Equal(0f, states[0, 2].abs().sum().item<float>()); // padding is zero
            Assert.Equal(2f, states[1, 2, 383].item<float>());
        }
        Assert.Equal("rows", Assert.Throws<ArgumentOutOfRangeException>(() => FineTuning.Batch(texts, [2])).ParamName);
        Assert.Equal("texts", Assert.Throws<ArgumentException>(() => FineTuning.Batch(texts with { States = [] }, [0])).ParamName);
    }

    [Fact]
    public void Training_the_head_alone_learns_a_separable_toy_task_and_changes_nothing_else()
    {
        manual_seed(10);
        var (texts, labels) = Toy(40, seed: 3);
        using var block = new BertLayer();
        using var model = new SentenceClassifier(block);
        var before = model.Block.parameters().Select(p => p.clone()).ToList();
        foreach (var p in model.Block.parameters()) p.requires_grad = false;
        var losses = FineTuning.Train(model, model.HeadParameters, texts, Enumerable.Range(0, 40).ToArray(), labels,
            steps: 60, batchSize: 8, learningRate: 1e-2, seed: 1);
        Assert.Equal(60, losses.Length);
        Assert.True(losses.TakeLast(10).Average() < losses.Take(10).Average() / 2, $"loss {losses.Take(10).Average():0.000} → {losses.TakeLast(10).Average():0.000}");
        var predicted = FineTuning.Predict(model, texts, batchSize: 7);
        Assert.True(predicted.Zip(labels).Count(p => p.First == p.Second) >= 36, "at least 90 % of a separable training set");
        Assert.All(model.Block.parameters().Zip(before), p => Assert.True(p.First.eq(p.Second).all().item<bool>(), "a frozen weight moved"));
        foreach (var t in before) t.Dispose();
    }

    [Fact]
    public void The_same_seed_gives_the_same_losses()
    {
        var (texts, labels) = Toy(12, seed: 4);
        double[] Run()
        {
            manual_seed(11);
            using var block = new BertLayer();
            using var model = new SentenceClassifier(block);
            return FineTuning.Train(model, model.HeadParameters, texts, Enumerable.Range(0, 12).ToArray(), labels, 5, 4, 1e-3, seed: 2);
        }
        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void Bad_arguments_name_themselves()
    {
        var (texts, labels) = Toy(4, seed: 5);
        using var block = new BertLayer();
        using var model = new SentenceClassifier(block);
        int[] rows = [0, 1, 2, 3];
        Assert.Equal("steps", Assert.Throws<ArgumentOutOfRangeException>(() => FineTuning.Train(model, model.HeadParameters, texts, rows, labels, 0, 2, 1e-3, 1)).ParamName);
        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => FineTuning.Train(model, model.HeadParameters, texts, rows, labels, 1, 0, 1e-3, 1)).ParamName);
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => FineTuning.Train(model, model.HeadParameters, texts, rows, labels, 1, 2, 0, 1)).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => FineTuning.Train(model, model.HeadParameters, texts, rows, labels[..3], 1, 2, 1e-3, 1)).ParamName);
        Assert.Equal("trainable", Assert.Throws<ArgumentException>(() => FineTuning.Train(model, [], texts, rows, labels, 1, 2, 1e-3, 1)).ParamName);
    }
}
