using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A small GPT (Radford et al. 2018/2019), decoder only: token embeddings plus learned position embeddings, a stack of
/// <see cref="GptBlock"/>s with causal self-attention, a final LayerNorm and a linear layer to next-token logits.
/// It sees at most <see cref="BlockSize"/> tokens. Shapes: ids [B, T ≤ block] → logits [B, T, V]. Introduced in lesson 05 (as a pretrained generator; lesson 09 times it, lesson 12 explains and trains it).
/// </summary>
public sealed class MiniGpt : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> tokens, positions, finalNorm, head, dropout;
    private readonly ModuleList<GptBlock> blocks;

    public MiniGpt(int vocabularySize, int blockSize = 128, int modelSize = 64, int layers = 2, int heads = 4, double dropoutRate = 0)
        : base(nameof(MiniGpt))
    {
        if (vocabularySize < 2) throw new ArgumentOutOfRangeException(nameof(vocabularySize), vocabularySize, "need at least 2 tokens");
        if (blockSize < 1) throw new ArgumentOutOfRangeException(nameof(blockSize), blockSize, "must be positive");
        if (layers < 1) throw new ArgumentOutOfRangeException(nameof(layers), layers, "need at least one block");
        VocabularySize = vocabularySize;
        BlockSize = blockSize;
        tokens = Embedding(vocabularySize, modelSize);
        positions = Embedding(blockSize, modelSize);
        dropout = Dropout(dropoutRate);
        blocks = new ModuleList<GptBlock>(Enumerable.Range(0, layers).Select(_ => new GptBlock(modelSize, heads, blockSize, dropoutRate)).ToArray());
        finalNorm = LayerNorm(modelSize);
        head = Linear(modelSize, vocabularySize);
        RegisterComponents();
    }

    public int VocabularySize { get; }
    public int BlockSize { get; }
    public int Layers => blocks.Count;

    public override Tensor forward(Tensor ids)
    {
        using var scope = NewDisposeScope();
        var x = Embed(ids);
        foreach (var block in blocks) x = block.call(x);
        return head.call(finalNorm.call(x)).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// For generation and <see cref="Training.CharStep"/>: the ids are appended to the context carried in
    /// <paramref name="state"/> (the last block − 1 ids seen, or null), the model reads the last <see cref="BlockSize"/>
    /// of them, and returns logits for the new ids and the new context. Introduced in lesson 12.
    /// </summary>
    public (Tensor Logits, Tensor State) Step(Tensor ids, Tensor? state)
    {
        if (ids.dim() != 2) throw new ArgumentException($"expected ids shaped [B, T], got [{string.Join(", ", ids.shape)}]", nameof(ids));
        if (ids.shape[1] > BlockSize) throw new ArgumentException($"at most {BlockSize} new ids at a time, got {ids.shape[1]}", nameof(ids));
        using var scope = NewDisposeScope();
        var context = state is null ? ids : cat([state, ids], 1);
        if (context.shape[1] > BlockSize) context = context[.., ^BlockSize..];
        var logits = forward(context)[.., ^(int)ids.shape[1]..];
        var kept = context[.., Math.Max(0, (int)context.shape[1] - (BlockSize - 1))..].clone();
        return (logits.MoveToOuterDisposeScope(), kept.MoveToOuterDisposeScope());
    }

    /// <summary>
    /// Logits [B, n, V] for n new ids that follow the positions already in <paramref name="cache"/>, which then holds
    /// them too: generation with a KV cache runs the model on the new positions only. Learned positions cannot slide, so
    /// the whole context must fit <see cref="BlockSize"/>. Introduced in lesson 12.
    /// </summary>
    public Tensor StepCached(Tensor ids, KvCache cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        if (ids.dim() != 2) throw new ArgumentException($"expected ids shaped [B, n], got [{string.Join(", ", ids.shape)}]", nameof(ids));
        var n = (int)ids.shape[1];
        if (cache.Length + n > BlockSize)
            throw new ArgumentException($"{cache.Length} cached + {n} new positions exceed the block size {BlockSize}", nameof(ids));
        using var scope = NewDisposeScope();
        using var pos = arange(cache.Length, cache.Length + n, dtype: ScalarType.Int64, device: ids.device);
        var x = dropout.call(tokens.call(ids) + positions.call(pos));
        for (var i = 0; i < blocks.Count; i++)
        {
            var (past, pastValues) = cache.Layer(i);
            var (next, keys, values) = blocks[i].Cached(x, past, pastValues);
            cache.Set(i, keys, values);
            x = next;
        }
        cache.Advance(n);
        return head.call(finalNorm.call(x)).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Next-character probabilities one id at a time through a KV cache (what <see cref="Text.Sampling.Generate"/>
    /// takes): the cached counterpart of <see cref="Training.CharLmTrainer.Stepper"/> over <see cref="Step"/>. Introduced in lesson 12.
    /// </summary>
    public Func<int, double[]> CachedStepper(KvCache cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        eval();
        return id =>
        {
            using var _ = no_grad();
            using var scope = NewDisposeScope();
            var logits = StepCached(tensor(new long[] { id }).reshape(1, 1), cache);
            return Text.Sampling.Softmax(logits[0, -1].data<float>().ToArray());
        };
    }

    /// <summary>The attention weights of block <paramref name="layer"/> (0-based) for ids [B, T]: [B, heads, T, T]. Introduced in lesson 12.</summary>
    public Tensor AttentionWeights(Tensor ids, int layer)
    {
        if (layer < 0 || layer >= blocks.Count) throw new ArgumentOutOfRangeException(nameof(layer), layer, $"must be 0..{blocks.Count - 1}");
        using var scope = NewDisposeScope();
        var x = Embed(ids);
        for (var i = 0; i < layer; i++) x = blocks[i].call(x);
        return blocks[layer].AttentionWeights(x).MoveToOuterDisposeScope();
    }

    private Tensor Embed(Tensor ids)
    {
        if (ids.dim() != 2) throw new ArgumentException($"expected ids shaped [B, T], got [{string.Join(", ", ids.shape)}]", nameof(ids));
        var t = ids.shape[1];
        if (t > BlockSize) throw new ArgumentException($"{t} positions exceed the block size {BlockSize}", nameof(ids));
        using var pos = arange(t, dtype: ScalarType.Int64, device: ids.device);
        return dropout.call(tokens.call(ids) + positions.call(pos));
    }
}
