using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A multilayer perceptron for small images or feature vectors: the input is flattened, then each hidden layer is
/// Linear → ReLU → Dropout (dropout only when <c>dropoutRate</c> &gt; 0, and only in training mode), then a linear layer
/// to the class logits. Example: <c>new Mlp(64, [256, 256], 10, dropoutRate: 0.3)</c>. Introduced in lesson 02.
/// </summary>
public sealed class Mlp : Module<Tensor, Tensor>
{
    private readonly TorchSharp.Modules.ModuleList<Module<Tensor, Tensor>> hidden;
    private readonly Module<Tensor, Tensor> dropout, output;
    private readonly int inputs;

    /// <summary>The dropout probability of every hidden layer (0 = no dropout).</summary>
    public double DropoutRate { get; }

    public Mlp(int inputs, int[] hiddenSizes, int classes, double dropoutRate = 0) : base(nameof(Mlp))
    {
        ArgumentNullException.ThrowIfNull(hiddenSizes);
        if (inputs <= 0) throw new ArgumentOutOfRangeException(nameof(inputs), inputs, "must be positive");
        if (hiddenSizes.Any(h => h <= 0))
            throw new ArgumentOutOfRangeException(nameof(hiddenSizes), $"every hidden size must be positive, got [{string.Join(", ", hiddenSizes)}]");
        if (classes < 2) throw new ArgumentOutOfRangeException(nameof(classes), classes, "need at least 2 classes");
        if (dropoutRate is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(dropoutRate), dropoutRate, "must be in [0, 1)");
        this.inputs = inputs;
        DropoutRate = dropoutRate;
        hidden = new TorchSharp.Modules.ModuleList<Module<Tensor, Tensor>>();
        var width = inputs;
        foreach (var size in hiddenSizes)
        {
            hidden.Add(Linear(width, size));
            width = size;
        }
        dropout = Dropout(dropoutRate);
        output = Linear(width, classes);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        if (input.dim() < 2 || input[0].numel() != inputs)
            throw new ArgumentException($"expected N inputs of {inputs} values each, got shape [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var x = input.flatten(1);
        foreach (var layer in hidden)
        {
            x = functional.relu(layer.call(x));
            if (DropoutRate > 0) x = dropout.call(x);
        }
        return output.call(x).MoveToOuterDisposeScope();
    }
}
