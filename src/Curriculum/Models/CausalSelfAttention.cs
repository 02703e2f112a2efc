using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// Multi-head causal self-attention written out (Vaswani et al. 2017, as in GPT): each position makes a query, a key and
/// a value; a position's output is the average of the values of positions 0..itself, weighted by softmax(q·k / √d_head).
/// The causal mask (a registered lower-triangular buffer) sets the scores of later positions to −∞ before the softmax,
/// so no position sees the future. Shapes: [B, T, d] → [B, T, d]. Introduced in lesson 12.
/// </summary>
public sealed class CausalSelfAttention : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> query, key, value, output, dropout;
    private readonly Tensor mask;
    private readonly int heads, headSize;

    public CausalSelfAttention(int modelSize, int heads, int blockSize, double dropoutRate = 0) : base(nameof(CausalSelfAttention))
    {
        if (heads < 1 || modelSize < 1 || modelSize % heads != 0)
            throw new ArgumentException($"modelSize ({modelSize}) must be a positive multiple of heads ({heads})", nameof(heads));
        if (blockSize < 1) throw new ArgumentOutOfRangeException(nameof(blockSize), blockSize, "must be positive");
        this.heads = heads;
        headSize = modelSize / heads;
        query = Linear(modelSize, modelSize);
        key = Linear(modelSize, modelSize);
        value = Linear(modelSize, modelSize);
        output = Linear(modelSize, modelSize);
        dropout = Dropout(dropoutRate);
        mask = CausalMask(blockSize);
        RegisterComponents();
    }

    /// <summary>The causal mask for T positions: [T, T] booleans, true where row t may look at column s (s ≤ t). Introduced in lesson 12.</summary>
    public static Tensor CausalMask(int positions) => ones(positions, positions, dtype: ScalarType.Bool).tril();

    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var (weights, v) = Attend(x);
        var (b, t, d) = (x.shape[0], x.shape[1], x.shape[2]);
        var mixed = dropout.call(weights).matmul(v).transpose(1, 2).contiguous().view(b, t, d);
        return output.call(mixed).MoveToOuterDisposeScope();
    }

    /// <summary>The attention weights [B, heads, T, T] (each row sums to 1 over the allowed positions). Introduced in lesson 12.</summary>
    public Tensor Weights(Tensor x)
    {
        using var scope = NewDisposeScope();
        return Attend(x).Weights.MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Attention for the newest positions only, given the keys and values of the earlier ones (a KV cache): x [B, n, d]
    /// are the n new positions, <paramref name="pastKeys"/> and <paramref name="pastValues"/> [B, heads, t, d/heads] the
    /// t earlier ones (null at the start). Returns the output for the new positions and the keys and values of all
    /// t + n positions. The same numbers as <see cref="forward"/> on the whole sequence, for a fraction of the work.
    /// Introduced in lesson 12.
    /// </summary>
    public (Tensor Output, Tensor Keys, Tensor Values) Cached(Tensor x, Tensor? pastKeys, Tensor? pastValues)
    {
        if (x.dim() != 3) throw new ArgumentException($"expected [B, n, d], got [{string.Join(", ", x.shape)}]", nameof(x));
        using var scope = NewDisposeScope();
        var (b, n, d) = (x.shape[0], x.shape[1], x.shape[2]);
        Tensor Split(Module<Tensor, Tensor> projection) => projection.call(x).view(b, n, heads, headSize).transpose(1, 2);
        var q = Split(query);
        var k = pastKeys is null ? Split(key) : cat([pastKeys, Split(key)], 2);
        var v = pastValues is null ? Split(value) : cat([pastValues, Split(value)], 2);
        var total = k.shape[2];
        if (total > mask.shape[0]) throw new ArgumentException($"{total} positions exceed the block size {mask.shape[0]}", nameof(x));
        var scores = q.matmul(k.transpose(-2, -1)) / Math.Sqrt(headSize);
        // New position i sits at total − n + i: it may see every cached position and the new ones up to itself.
        scores = scores.masked_fill(mask[(int)(total - n)..(int)total, ..(int)total].logical_not(), double.NegativeInfinity);
        var mixed = dropout.call(functional.softmax(scores, -1)).matmul(v).transpose(1, 2).contiguous().view(b, n, d);
        return (output.call(mixed).MoveToOuterDisposeScope(), k.MoveToOuterDisposeScope(), v.MoveToOuterDisposeScope());
    }

    private (Tensor Weights, Tensor Values) Attend(Tensor x)
    {
        if (x.dim() != 3) throw new ArgumentException($"expected [B, T, d], got [{string.Join(", ", x.shape)}]", nameof(x));
        var (b, t) = (x.shape[0], x.shape[1]);
        if (t > mask.shape[0]) throw new ArgumentException($"{t} positions exceed the block size {mask.shape[0]}", nameof(x));
        Tensor Split(Module<Tensor, Tensor> projection) => projection.call(x).view(b, t, heads, headSize).transpose(1, 2);
        var (q, k, v) = (Split(query), Split(key), Split(value));
        var scores = q.matmul(k.transpose(-2, -1)) / Math.Sqrt(headSize);
        scores = scores.masked_fill(mask[..(int)t, ..(int)t].logical_not(), double.NegativeInfinity);
        return (functional.softmax(scores, -1), v);
    }
}
