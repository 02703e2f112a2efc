using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// One decoder layer of the encoder-decoder Transformer ("Attention Is All You Need", Vaswani et al. 2017), post-norm
/// as in the paper: masked self-attention over the target so far, cross-attention to the encoder's output, and a
/// feed-forward network, each followed by dropout, a residual connection and layer normalisation. Built from
/// TorchSharp's <c>nn.MultiheadAttention</c> rather than <c>nn.TransformerDecoderLayer</c> because the built-in layer
/// does not return its attention weights; this one returns the cross-attention weights (averaged over heads), so a
/// lesson can draw which source words each output word looked at. Sequences are [length, batch, features].
/// Introduced in lesson 08.
/// </summary>
public sealed class TranslationDecoderLayer : Module
{
    private readonly MultiheadAttention selfAttention, crossAttention;
    private readonly Linear feedForward1, feedForward2;
    private readonly LayerNorm norm1, norm2, norm3;
    private readonly Dropout dropout;

    public TranslationDecoderLayer(int modelSize, int heads, int feedForward, double dropoutRate) : base(nameof(TranslationDecoderLayer))
    {
        if (modelSize <= 0 || heads <= 0 || modelSize % heads != 0)
            throw new ArgumentOutOfRangeException(nameof(heads), heads, $"heads must be positive and divide modelSize ({modelSize})");
        if (feedForward <= 0) throw new ArgumentOutOfRangeException(nameof(feedForward), feedForward, "must be positive");
        if (dropoutRate is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(dropoutRate), dropoutRate, "must be in [0, 1)");
        selfAttention = MultiheadAttention(modelSize, heads, dropout: dropoutRate);
        crossAttention = MultiheadAttention(modelSize, heads, dropout: dropoutRate);
        feedForward1 = Linear(modelSize, feedForward);
        feedForward2 = Linear(feedForward, modelSize);
        norm1 = LayerNorm(modelSize);
        norm2 = LayerNorm(modelSize);
        norm3 = LayerNorm(modelSize);
        dropout = Dropout(dropoutRate);
        RegisterComponents();
    }

    /// <summary>
    /// target [T, N, d], memory [S, N, d]; causalMask [T, T] additive (-inf above the diagonal); targetPadding [N, T]
    /// and sourcePadding [N, S] true at padding. Returns the new target states and cross-attention weights [N, T, S].
    /// </summary>
    public (Tensor Output, Tensor CrossAttention) forward(Tensor target, Tensor memory, Tensor causalMask, Tensor? targetPadding, Tensor? sourcePadding)
    {
        using var scope = NewDisposeScope();
        var (selfOut, _) = selfAttention.call(target, target, target, targetPadding, false, causalMask);
        var x = norm1.call(target + dropout.call(selfOut));
        var (crossOut, weights) = crossAttention.call(x, memory, memory, sourcePadding, true, null);
        x = norm2.call(x + dropout.call(crossOut));
        var ff = feedForward2.call(dropout.call(functional.relu(feedForward1.call(x))));
        x = norm3.call(x + dropout.call(ff));
        return (x.MoveToOuterDisposeScope(), weights.MoveToOuterDisposeScope());
    }
}
