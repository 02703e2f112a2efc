using static TorchSharp.torch;

namespace Curriculum.Models;

/// <summary>
/// The keys and values a decoder has already computed, per block: when it generates one token at a time, each new
/// position only needs its own query, key and value; the earlier positions' keys and values come from here instead of
/// being computed again. Memory grows with the context: 2 × blocks × positions × model size numbers per sequence.
/// Dispose it to free them. Introduced in lesson 12.
/// </summary>
public sealed class KvCache : IDisposable
{
    private readonly Tensor?[] keys, values;

    public KvCache(int layers)
    {
        if (layers < 1) throw new ArgumentOutOfRangeException(nameof(layers), layers, "need at least one block");
        keys = new Tensor?[layers];
        values = new Tensor?[layers];
    }

    /// <summary>How many positions are cached. Introduced in lesson 12.</summary>
    public int Length { get; private set; }

    /// <summary>The numbers held (keys and values of every block), e.g. to size a server's memory. Introduced in lesson 12.</summary>
    public long Numbers => keys.Concat(values).Sum(t => t?.numel() ?? 0);

    internal (Tensor? Keys, Tensor? Values) Layer(int layer) => (keys[layer], values[layer]);

    internal void Set(int layer, Tensor newKeys, Tensor newValues)
    {
        keys[layer]?.Dispose();
        values[layer]?.Dispose();
        keys[layer] = newKeys.DetachFromDisposeScope();
        values[layer] = newValues.DetachFromDisposeScope();
    }

    internal void Advance(int positions) => Length += positions;

    public void Dispose()
    {
        foreach (var t in keys.Concat(values)) t?.Dispose();
        Array.Clear(keys);
        Array.Clear(values);
        Length = 0;
    }
}
