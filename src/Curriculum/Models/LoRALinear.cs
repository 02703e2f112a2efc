using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// LoRA, low-rank adaptation (Hu et al., 2021): a frozen linear layer W₀x + b plus a trainable low-rank update,
/// y = W₀x + b + (α / r)·B(Ax), with A [r, in] and B [out, r]. B starts at zero, so before training the layer gives
/// exactly the pretrained outputs; only A and B train: r·(in + out) weights instead of in·out. After training, the
/// update can be merged into one ordinary layer (W₀ + (α / r)·BA) that costs nothing extra at inference.
/// Introduced in lesson 01.
/// </summary>
public sealed class LoRALinear : Module<Tensor, Tensor>
{
    private readonly Linear frozen;
    private readonly Parameter loraA, loraB;

    /// <param name="pretrained">The layer to adapt; its weight and bias are frozen (requires_grad = false).</param>
    /// <param name="rank">r, the rank of the update (1 to the layer's smaller dimension).</param>
    /// <param name="alpha">α; the update is scaled by α / r, so changing r does not change the update's size much.</param>
    public LoRALinear(Linear pretrained, int rank, double alpha) : base(nameof(LoRALinear))
    {
        ArgumentNullException.ThrowIfNull(pretrained);
        var (outputs, inputs) = ((int)pretrained.weight!.shape[0], (int)pretrained.weight.shape[1]);
        if (rank < 1 || rank > Math.Min(inputs, outputs))
            throw new ArgumentOutOfRangeException(nameof(rank), rank, $"the rank must be between 1 and {Math.Min(inputs, outputs)} (the layer is {inputs} → {outputs})");
        if (!(alpha > 0) || double.IsInfinity(alpha)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be a positive number");
        frozen = pretrained;
        foreach (var p in frozen.parameters()) p.requires_grad = false;
        Rank = rank;
        Scaling = alpha / rank;
        // As in the reference implementation (PEFT): A like a default linear layer's weight, B zero.
        loraA = Parameter(empty(rank, inputs, dtype: pretrained.weight.dtype));
        using (no_grad()) init.kaiming_uniform_(loraA, a: Math.Sqrt(5));
        loraB = Parameter(zeros(outputs, rank, dtype: pretrained.weight.dtype));
        RegisterComponents();
    }

    /// <summary>r, the rank of the update. Introduced in lesson 01.</summary>
    public int Rank { get; }

    /// <summary>α / r, the factor on B(Ax). Introduced in lesson 01.</summary>
    public double Scaling { get; }

    /// <summary>The trainable A and B (what an optimiser should get). Introduced in lesson 01.</summary>
    public IReadOnlyList<Parameter> AdapterParameters => [loraA, loraB];

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var update = functional.linear(functional.linear(input, loraA), loraB) * Scaling;
        return (frozen.call(input) + update).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// One ordinary linear layer with W₀ + (α / r)·BA and the same bias: the same outputs, no adapter cost at inference.
    /// Introduced in lesson 01.
    /// </summary>
    public Linear Merge()
    {
        using var scope = NewDisposeScope();
        var merged = Linear(loraA.shape[1], loraB.shape[0], hasBias: frozen.bias is not null, dtype: loraA.dtype);
        using (no_grad())
        {
            merged.weight!.copy_(frozen.weight! + matmul(loraB, loraA) * Scaling);
            if (frozen.bias is not null) merged.bias!.copy_(frozen.bias);
        }
        return merged;
    }
}
