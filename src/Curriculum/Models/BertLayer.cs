using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// One encoder block of BERT (Devlin et al., 2019), post-norm as BERT has it: h = LayerNorm(x + attention(x)), then
/// LayerNorm(h + W₂·GELU(W₁h)). Multi-head self-attention over all positions (no causal mask); padding positions are
/// masked out as keys. Shapes: hidden [B, T, d], mask [B, T] (1 = a real token, 0 = padding) → [B, T, d]. The query
/// and value projections can be wrapped in LoRA adapters (<see cref="UseLoRA"/>). Introduced in lesson 01.
/// </summary>
public sealed class BertLayer : Module<Tensor, Tensor, Tensor>
{
    private Module<Tensor, Tensor> query, value;
    private readonly Module<Tensor, Tensor> key, attentionOutput, attentionNorm, intermediate, output, outputNorm;
    private readonly int heads;

    public BertLayer(int modelSize = 384, int heads = 12, int feedForwardSize = 1536) : base(nameof(BertLayer))
    {
        if (heads < 1 || modelSize % heads != 0)
            throw new ArgumentOutOfRangeException(nameof(heads), heads, $"heads must divide the model size {modelSize}");
        this.heads = heads;
        query = Linear(modelSize, modelSize);
        key = Linear(modelSize, modelSize);
        value = Linear(modelSize, modelSize);
        attentionOutput = Linear(modelSize, modelSize);
        attentionNorm = LayerNorm(modelSize, eps: 1e-12);
        intermediate = Linear(modelSize, feedForwardSize);
        output = Linear(feedForwardSize, modelSize);
        outputNorm = LayerNorm(modelSize, eps: 1e-12);
        RegisterComponents();
    }

    public override Tensor forward(Tensor hidden, Tensor mask)
    {
        using var scope = NewDisposeScope();
        var (b, t, d) = (hidden.shape[0], hidden.shape[1], hidden.shape[2]);
        Tensor Heads(Tensor x) => x.view(b, t, heads, d / heads).transpose(1, 2); // [B, heads, T, d/heads]
        var scores = matmul(Heads(query.call(hidden)), Heads(key.call(hidden)).transpose(-2, -1)) / Math.Sqrt(d / heads);
        // A padding key gets a large negative score, so softmax gives it (almost exactly) zero weight.
        scores = scores + (1 - mask.to_type(scores.dtype)).view(b, 1, 1, t) * -1e9f;
        var context = matmul(functional.softmax(scores, -1), Heads(value.call(hidden))).transpose(1, 2).reshape(b, t, d);
        var h = attentionNorm.call(hidden + attentionOutput.call(context));
        return outputNorm.call(h + output.call(functional.gelu(intermediate.call(h)))).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Wraps the query and value projections in LoRA adapters of rank <paramref name="rank"/> (as the LoRA paper does);
    /// the block's own weights are not changed. Returns the adapters, whose A and B are what should train. Introduced in lesson 01.
    /// </summary>
    public IReadOnlyList<LoRALinear> UseLoRA(int rank, double alpha)
    {
        if (query is not Linear q || value is not Linear v) throw new InvalidOperationException("this block already uses LoRA adapters");
        var adapters = new[] { new LoRALinear(q, rank, alpha), new LoRALinear(v, rank, alpha) };
        (query, value) = (adapters[0], adapters[1]);
        // Replace the registered submodules in place (TorchSharp's register_module refuses a name it already has).
        _internal_submodules[nameof(query)] = query;
        _internal_submodules[nameof(value)] = value;
        return adapters;
    }

    /// <summary>
    /// Copies pretrained weights in: <paramref name="weight"/>(name) gives the tensor of a Hugging Face BERT parameter
    /// name under <paramref name="prefix"/> (e.g. "encoder.layer.0."), shaped as PyTorch stores it.
    /// </summary>
    internal void Load(Func<string, Tensor> weight, string prefix)
    {
        using var _ = no_grad();
        void Copy(Module<Tensor, Tensor> layer, string name)
        {
            var target = layer is LoRALinear ? throw new InvalidOperationException("load the weights before adding LoRA adapters") : layer;
            foreach (var (parameter, tensor) in target.named_parameters())
                tensor.copy_(weight($"{prefix}{name}.{parameter}"));
        }
        Copy(query, "attention.self.query");
        Copy(key, "attention.self.key");
        Copy(value, "attention.self.value");
        Copy(attentionOutput, "attention.output.dense");
        Copy(attentionNorm, "attention.output.LayerNorm");
        Copy(intermediate, "intermediate.dense");
        Copy(output, "output.dense");
        Copy(outputNorm, "output.LayerNorm");
    }
}
