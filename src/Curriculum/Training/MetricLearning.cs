using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Training;

/// <summary>The mean triplet loss of one epoch and the share of anchors whose hardest triplet still violated the margin.</summary>
public sealed record TripletEpochResult(double Loss, double ActiveShare);

/// <summary>
/// Metric learning with a triplet loss: embeddings of the same identity are pulled together and those of different
/// identities pushed at least a margin further apart. Mini-batches hold P identities × K images each, so every anchor
/// has positives and negatives in its batch, and the loss uses the hardest of them ("batch-hard" mining, Hermans,
/// Beyer and Leibe, 2017). Introduced in lesson 13.
/// </summary>
public static class MetricLearning
{
    /// <summary>
    /// Euclidean distances between all rows of <paramref name="embeddings"/> [N, D] → [N, N], computed as
    /// sqrt(max(|a|² + |b|² − 2a·b, 1e-12)) so the gradient stays finite on the zero diagonal. Introduced in lesson 13.
    /// </summary>
    public static Tensor PairwiseDistances(Tensor embeddings)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        if (embeddings.dim() != 2) throw new ArgumentException($"expected embeddings shaped [N, D], got [{string.Join(", ", embeddings.shape)}]", nameof(embeddings));
        using var scope = NewDisposeScope();
        var squared = embeddings.pow(2).sum(1);
        var d2 = squared.unsqueeze(1) + squared.unsqueeze(0) - 2 * embeddings.matmul(embeddings.t());
        return d2.clamp_min(1e-12).sqrt().MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Batch-hard triplet loss: for each anchor a, the farthest image of the same identity (hardest positive p) and the
    /// nearest image of another identity (hardest negative n); loss = mean over anchors of max(0, d(a,p) − d(a,n) + margin).
    /// Anchors without a positive or a negative in the batch are left out. Introduced in lesson 13.
    /// </summary>
    public static Tensor BatchHardTripletLoss(Tensor embeddings, Tensor labels, double margin = 0.3) =>
        BatchHard(embeddings, labels, margin).Loss;

    private static (Tensor Loss, double ActiveShare) BatchHard(Tensor embeddings, Tensor labels, double margin)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (!(margin >= 0)) throw new ArgumentOutOfRangeException(nameof(margin), margin, "must be non-negative");
        if (labels.dim() != 1 || labels.shape[0] != embeddings.shape[0])
            throw new ArgumentException($"expected one label per embedding ({embeddings.shape[0]}), got shape [{string.Join(", ", labels.shape)}]", nameof(labels));
        using var scope = NewDisposeScope();
        var d = PairwiseDistances(embeddings);
        var same = labels.unsqueeze(1).eq(labels.unsqueeze(0));
        var positive = same.logical_and(eye(labels.shape[0], dtype: ScalarType.Bool).logical_not());
        var hardestPositive = d.masked_fill(positive.logical_not(), 0).max(1).values;
        var hardestNegative = d.masked_fill(same, float.PositiveInfinity).min(1).values;
        var valid = positive.any(1).logical_and(same.logical_not().any(1));
        if (!valid.any().item<bool>())
            throw new ArgumentException("no anchor has both a positive and a negative in this batch: use P ≥ 2 identities × K ≥ 2 images", nameof(labels));
        var perAnchor = nn.functional.relu(hardestPositive - hardestNegative + margin).masked_select(valid);
        var active = perAnchor.gt(0).to_type(ScalarType.Float32).mean().item<float>();
        return (perAnchor.mean().MoveToOuterDisposeScope(), active);
    }

    /// <summary>
    /// Index batches of <paramref name="identitiesPerBatch"/> identities × <paramref name="imagesPerIdentity"/> images
    /// (P×K sampling) covering every image at least once per call: each identity's images are shuffled and visited K at
    /// a time (wrapping around for identities with fewer images), and identities are shuffled into groups of P each
    /// round. A last group with fewer than 2 identities is dropped. Introduced in lesson 13.
    /// </summary>
    public static List<int[]> PkBatches(IReadOnlyList<int> labels, int identitiesPerBatch, int imagesPerIdentity, Random random)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(random);
        if (identitiesPerBatch < 2) throw new ArgumentOutOfRangeException(nameof(identitiesPerBatch), identitiesPerBatch, "need at least 2 identities per batch");
        if (imagesPerIdentity < 2) throw new ArgumentOutOfRangeException(nameof(imagesPerIdentity), imagesPerIdentity, "need at least 2 images per identity");
        var groups = labels.Select((label, index) => (label, index)).GroupBy(p => p.label)
            .Select(g => g.Select(p => p.index).ToArray()).ToArray();
        if (groups.Length < 2) throw new ArgumentException("need at least 2 identities", nameof(labels));
        if (groups.Any(g => g.Length < 2)) throw new ArgumentException("every identity needs at least 2 images", nameof(labels));
        foreach (var g in groups) random.Shuffle(g);
        var rounds = (groups.Max(g => g.Length) + imagesPerIdentity - 1) / imagesPerIdentity;
        var batches = new List<int[]>();
        var order = Enumerable.Range(0, groups.Length).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            random.Shuffle(order);
            for (var start = 0; start + 2 <= order.Length; start += identitiesPerBatch)
            {
                var chosen = order.Skip(start).Take(identitiesPerBatch);
                batches.Add(chosen.SelectMany(g => Enumerable.Range(0, Math.Min(imagesPerIdentity, groups[g].Length))
                    .Select(j => groups[g][(round * imagesPerIdentity + j) % groups[g].Length])).ToArray());
            }
        }
        return batches;
    }

    /// <summary>
    /// One epoch of batch-hard triplet training over P×K batches of (<paramref name="images"/>, <paramref name="labels"/>),
    /// every step in its own dispose scope. Returns the mean loss and the mean share of active (margin-violating)
    /// anchors. Introduced in lesson 13.
    /// </summary>
    public static TripletEpochResult TripletEpoch(nn.Module<Tensor, Tensor> model, optim.Optimizer optimizer, Tensor images, int[] labels,
        int identitiesPerBatch, int imagesPerIdentity, double margin, Random random)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(labels);
        if (images.shape[0] != labels.Length) throw new ArgumentException($"expected {images.shape[0]} labels, got {labels.Length}", nameof(labels));
        model.train();
        double lossSum = 0, activeSum = 0;
        var batches = PkBatches(labels, identitiesPerBatch, imagesPerIdentity, random);
        foreach (var batch in batches)
        {
            using var scope = NewDisposeScope();
            var index = tensor(batch.Select(i => (long)i).ToArray());
            var y = tensor(batch.Select(i => (long)labels[i]).ToArray());
            optimizer.zero_grad();
            var (loss, active) = BatchHard(model.call(images.index_select(0, index)), y, margin);
            loss.backward();
            optimizer.step();
            lossSum += loss.item<float>();
            activeSum += active;
        }
        return new TripletEpochResult(lossSum / batches.Count, activeSum / batches.Count);
    }

    /// <summary>Embeddings of <paramref name="images"/> in evaluation mode without gradients, one float array per image. Introduced in lesson 13.</summary>
    public static float[][] Embed(nn.Module<Tensor, Tensor> model, Tensor images, int batchSize = 512)
    {
        using var outputs = Predict.Outputs(model, images, batchSize);
        var n = (int)outputs.shape[0];
        var d = (int)outputs.shape[1];
        var flat = outputs.data<float>().ToArray();
        return Enumerable.Range(0, n).Select(i => flat.AsSpan(i * d, d).ToArray()).ToArray();
    }
}
