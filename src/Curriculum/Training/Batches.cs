using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Training;

/// <summary>Mini-batches over in-memory tensors. Introduced in lesson 10.</summary>
public static class Batches
{
    /// <summary>
    /// Yields (x, y) mini-batches in an order shuffled by <paramref name="generator"/> (seed it for repeatable runs).
    /// The batch tensors are new; create them inside a dispose scope, as <see cref="Trainer"/> does. Introduced in lesson 10.
    /// </summary>
    public static IEnumerable<(Tensor X, Tensor Y)> Shuffled(Tensor x, Tensor y, int batchSize, Generator generator)
    {
        CheckPair(x, y, batchSize);
        var n = x.shape[0];
        using var order = randperm(n, generator: generator);
        for (long start = 0; start < n; start += batchSize)
        {
            using var index = order.narrow(0, start, Math.Min(batchSize, n - start));
            yield return (x.index_select(0, index), y.index_select(0, index));
        }
    }

    /// <summary>Consecutive batches in the stored order (for evaluation). Introduced in lesson 10.</summary>
    public static IEnumerable<(Tensor X, Tensor Y)> InOrder(Tensor x, Tensor y, int batchSize)
    {
        CheckPair(x, y, batchSize);
        var n = x.shape[0];
        for (long start = 0; start < n; start += batchSize)
        {
            var length = Math.Min(batchSize, n - start);
            yield return (x.narrow(0, start, length), y.narrow(0, start, length));
        }
    }

    internal static void CheckPair(Tensor x, Tensor y, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (batchSize <= 0) throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "batchSize must be positive");
        if (x.shape.Length == 0 || x.shape[0] == 0) throw new ArgumentException("x has no rows", nameof(x));
        if (x.shape[0] != y.shape[0])
            throw new ArgumentException($"x has {x.shape[0]} rows but y has {y.shape[0]}; they must match", nameof(y));
    }
}
