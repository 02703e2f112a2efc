using Curriculum.Text;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Training;

/// <summary>
/// Fine-tuning the top of a pretrained encoder on a few labelled texts, from token states the frozen lower blocks
/// computed once (<see cref="SentenceEncoder.EncodeWithStates"/>): batches padded to their longest text, AdamW on the
/// parameters you choose (the whole top block, or only LoRA adapters), cross-entropy, every step in a dispose scope.
/// Introduced in lesson 01.
/// </summary>
public static class FineTuning
{
    /// <summary>
    /// The token states of <paramref name="rows"/> as one padded batch: states [B, T, 384] and mask [B, T] (1 = real
    /// token), T the longest of them. Introduced in lesson 01.
    /// </summary>
    public static (Tensor States, Tensor Mask) Batch(EncodedTexts texts, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(rows);
        if (texts.States.Length != texts.Vectors.Length)
            throw new ArgumentException("these texts carry no token states: encode them with SentenceEncoder.EncodeWithStates", nameof(texts));
        if (rows.Count == 0) throw new ArgumentException("rows is empty", nameof(rows));
        foreach (var r in rows)
            if (r < 0 || r >= texts.States.Length) throw new ArgumentOutOfRangeException(nameof(rows), r, $"rows must be 0 to {texts.States.Length - 1}");
        var d = SentenceEncoder.Dimension;
        var length = rows.Max(r => texts.TokenIds[r].Length);
        var states = new float[rows.Count * length * d];
        var mask = new long[rows.Count * length];
        for (var b = 0; b < rows.Count; b++)
        {
            var real = texts.TokenIds[rows[b]].Length;
            Array.Copy(texts.States[rows[b]], 0, states, b * length * d, real * d);
            for (var t = 0; t < real; t++) mask[b * length + t] = 1;
        }
        return (tensor(states).view(rows.Count, length, d), tensor(mask).view(rows.Count, length));
    }

    /// <summary>
    /// Trains <paramref name="model"/> for <paramref name="steps"/> steps of <paramref name="batchSize"/> texts drawn from
    /// <paramref name="rows"/> in shuffled passes (seeded), updating only <paramref name="trainable"/> with AdamW at
    /// <paramref name="learningRate"/> (no weight decay). <paramref name="progress"/> gets the step and its loss.
    /// Returns the loss of every step. Introduced in lesson 01.
    /// </summary>
    public static double[] Train(Module<Tensor, Tensor, Tensor> model, IEnumerable<Parameter> trainable, EncodedTexts texts,
        IReadOnlyList<int> rows, IReadOnlyList<bool> labels, int steps, int batchSize, double learningRate, int seed,
        Action<int, double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count != texts.Vectors.Length) throw new ArgumentException($"{labels.Count} labels for {texts.Vectors.Length} texts", nameof(labels));
        if (steps < 1) throw new ArgumentOutOfRangeException(nameof(steps), steps, "steps must be at least 1");
        if (batchSize < 1) throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "batchSize must be at least 1");
        if (!(learningRate > 0)) throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "learningRate must be positive");
        var parameters = trainable.ToList();
        if (parameters.Count == 0) throw new ArgumentException("nothing to train", nameof(trainable));
        using var optimizer = TorchSharp.torch.optim.AdamW(parameters, learningRate, weight_decay: 0);
        var random = new Random(seed);
        var order = new List<int>();
        var losses = new double[steps];
        model.train();
        for (var step = 0; step < steps; step++)
        {
            var batch = new List<int>();
            while (batch.Count < Math.Min(batchSize, rows.Count))
            {
                if (order.Count == 0) order = rows.OrderBy(_ => random.Next()).ToList(); // a new shuffled pass
                batch.Add(order[^1]);
                order.RemoveAt(order.Count - 1);
            }
            using var scope = NewDisposeScope();
            var (states, mask) = Batch(texts, batch);
            var target = tensor(batch.Select(r => labels[r] ? 1L : 0L).ToArray());
            optimizer.zero_grad();
            var loss = nn.functional.cross_entropy(model.call(states, mask), target);
            loss.backward();
            optimizer.step();
            losses[step] = loss.item<float>();
            progress?.Invoke(step + 1, losses[step]);
        }
        model.eval();
        return losses;
    }

    /// <summary>The model's class (true = class 1) for every text, in eval mode, <paramref name="batchSize"/> at a time. Introduced in lesson 01.</summary>
    public static bool[] Predict(Module<Tensor, Tensor, Tensor> model, EncodedTexts texts, int batchSize = 32)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(texts);
        model.eval();
        // Sorted by length, so each batch pads little.
        var order = Enumerable.Range(0, texts.Vectors.Length).OrderBy(i => texts.TokenIds[i].Length).ToArray();
        var result = new bool[order.Length];
        using var _ = no_grad();
        foreach (var chunk in order.Chunk(batchSize))
        {
            using var scope = NewDisposeScope();
            var (states, mask) = Batch(texts, chunk);
            var classes = model.call(states, mask).argmax(1).data<long>().ToArray();
            for (var b = 0; b < chunk.Length; b++) result[chunk[b]] = classes[b] == 1;
        }
        return result;
    }
}
