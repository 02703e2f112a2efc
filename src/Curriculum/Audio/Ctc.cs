using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Audio;

/// <summary>
/// Connectionist temporal classification (Graves et al. 2006) for sequence recognition without frame-level labels.
/// The model emits, in every frame, scores for each symbol plus a "blank"; the CTC loss sums the probability of every
/// frame path that collapses to the transcript. Greedy (best-path) decoding takes the most likely symbol in every
/// frame, merges runs of the same symbol, then drops the blank: "_ 7 7 _ _ 7 3 3 _" becomes "7 7 3" (the blank between
/// the sevens is what lets CTC spell a doubled digit). Introduced in lesson 23.
/// </summary>
public static class Ctc
{
    /// <summary>
    /// Packs label sequences (symbols 1 … C−1; 0 is the blank) into one [B, 1 + longest] int64 tensor: column 0 holds
    /// each sequence's length, then the labels, zero-padded. One tensor per batch lets the generic trainer shuffle
    /// targets together with the inputs. Introduced in lesson 23.
    /// </summary>
    public static Tensor PackTargets(IReadOnlyList<int[]> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count == 0) throw new ArgumentException("need at least one label sequence", nameof(labels));
        var width = 1 + labels.Max(l => l.Length);
        var data = new long[labels.Count * width];
        for (var b = 0; b < labels.Count; b++)
        {
            if (labels[b].Length == 0) throw new ArgumentException($"label sequence {b} is empty", nameof(labels));
            if (labels[b].Any(s => s <= 0)) throw new ArgumentException($"label sequence {b} contains a symbol ≤ 0; 0 is reserved for the blank", nameof(labels));
            data[b * width] = labels[b].Length;
            for (var i = 0; i < labels[b].Length; i++) data[b * width + 1 + i] = labels[b][i];
        }
        return tensor(data, [labels.Count, width]);
    }

    /// <summary>
    /// The mean CTC loss (torch.nn.functional.ctc_loss, blank 0, each item's loss divided by its target length) of
    /// per-frame logits [B, frames, classes] against targets packed by <see cref="PackTargets"/>. Every item uses all
    /// frames (padding is silence, which the model learns to call blank). Introduced in lesson 23.
    /// </summary>
    public static Tensor Loss(Tensor logits, Tensor packedTargets)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(packedTargets);
        if (logits.dim() != 3) throw new ArgumentException($"expected logits shaped [batch, frames, classes], got [{string.Join(", ", logits.shape)}]", nameof(logits));
        if (packedTargets.dim() != 2 || packedTargets.shape[0] != logits.shape[0])
            throw new ArgumentException($"expected packed targets shaped [{logits.shape[0]}, 1 + longest], got [{string.Join(", ", packedTargets.shape)}]", nameof(packedTargets));
        using var scope = NewDisposeScope();
        long batch = logits.shape[0], frames = logits.shape[1];
        var logProbs = nn.functional.log_softmax(logits, 2).transpose(0, 1);   // [frames, B, classes]
        var targetLengths = packedTargets[.., 0];
        var targets = packedTargets[.., 1..];
        var inputLengths = full(batch, frames, dtype: ScalarType.Int64);
        return nn.functional.ctc_loss(logProbs, targets, inputLengths, targetLengths, blank: 0, zero_infinity: true,
            reduction: nn.Reduction.Mean).MoveToOuterDisposeScope();
    }

    /// <summary>Merges repeated symbols and removes <paramref name="blank"/>: the CTC collapse of one frame path. Introduced in lesson 23.</summary>
    public static int[] Collapse(IReadOnlyList<int> path, int blank = 0)
    {
        ArgumentNullException.ThrowIfNull(path);
        var result = new List<int>();
        var previous = -1;
        foreach (var s in path)
        {
            if (s != previous && s != blank) result.Add(s);
            previous = s;
        }
        return result.ToArray();
    }

    /// <summary>
    /// Greedy decoding of a batch of per-frame scores [B, frames, classes] (log-probabilities or logits: only the arg
    /// max matters). <paramref name="lengths"/> optionally limits each item to its first frames. Introduced in lesson 23.
    /// </summary>
    public static int[][] Greedy(Tensor scores, int blank = 0, IReadOnlyList<int>? lengths = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.dim() != 3) throw new ArgumentException($"expected scores shaped [batch, frames, classes], got [{string.Join(", ", scores.shape)}]", nameof(scores));
        if (blank < 0 || blank >= scores.shape[2]) throw new ArgumentOutOfRangeException(nameof(blank), blank, $"blank must be a class index below {scores.shape[2]}");
        if (lengths is not null && lengths.Count != scores.shape[0])
            throw new ArgumentException($"{lengths.Count} lengths for a batch of {scores.shape[0]}", nameof(lengths));
        int batch = (int)scores.shape[0], frames = (int)scores.shape[1];
        using var best = scores.argmax(2).to(ScalarType.Int32);
        var flat = best.data<int>().ToArray();
        return Enumerable.Range(0, batch)
            .Select(b => Collapse(new ArraySegment<int>(flat, b * frames, Math.Min(frames, lengths?[b] ?? frames)), blank))
            .ToArray();
    }
}
