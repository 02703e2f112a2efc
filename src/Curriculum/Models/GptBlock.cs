using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// One GPT decoder block (pre-norm, as in GPT-2): x + attention(LayerNorm(x)), then x + MLP(LayerNorm(x)) with a 4x
/// wide GELU hidden layer. Shapes: [B, T, d] → [B, T, d]. Introduced in lesson 12.
/// </summary>
public sealed class GptBlock : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> norm1, norm2, expand, contract, dropout;
    private readonly CausalSelfAttention attention;

    public GptBlock(int modelSize, int heads, int blockSize, double dropoutRate = 0) : base(nameof(GptBlock))
    {
        norm1 = LayerNorm(modelSize);
        attention = new CausalSelfAttention(modelSize, heads, blockSize, dropoutRate);
        norm2 = LayerNorm(modelSize);
        expand = Linear(modelSize, 4 * modelSize);
        contract = Linear(4 * modelSize, modelSize);
        dropout = Dropout(dropoutRate);
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        x = x + dropout.call(attention.call(norm1.call(x)));
        x = x + dropout.call(contract.call(functional.gelu(expand.call(norm2.call(x)))));
        return x.MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The block for the newest positions x [B, n, d] given the earlier positions' attention keys and values (see
    /// <see cref="CausalSelfAttention.Cached"/>); returns the output and the keys and values of all positions. Introduced in lesson 12.
    /// </summary>
    public (Tensor Output, Tensor Keys, Tensor Values) Cached(Tensor x, Tensor? keys, Tensor? values)
    {
        using var scope = NewDisposeScope();
        var (attended, k, v) = attention.Cached(norm1.call(x), keys, values);
        x = x + dropout.call(attended);
        x = x + dropout.call(contract.call(functional.gelu(expand.call(norm2.call(x)))));
        return (x.MoveToOuterDisposeScope(), k.MoveToOuterDisposeScope(), v.MoveToOuterDisposeScope());
    }

    /// <summary>This block's attention weights for its input x: [B, heads, T, T]. Introduced in lesson 12.</summary>
    public Tensor AttentionWeights(Tensor x)
    {
        using var scope = NewDisposeScope();
        return attention.Weights(norm1.call(x)).MoveToOuterDisposeScope();
    }
}
