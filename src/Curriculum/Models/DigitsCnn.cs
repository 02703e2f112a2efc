using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A small convolutional network for 8x8 digit images (LeCun-style: convolution, ReLU, pooling, twice, then a
/// classifier). 8x8 → 16 maps 8x8 → pool 4x4 → 32 maps 4x4 → pool 2x2 → 128 → 64 → 10 logits.
/// Introduced in lesson 06.
/// </summary>
public sealed class DigitsCnn : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> conv1;
    private readonly Module<Tensor, Tensor> conv2;
    private readonly Module<Tensor, Tensor> pool;
    private readonly Module<Tensor, Tensor> dropout;
    private readonly Module<Tensor, Tensor> fc1;
    private readonly Module<Tensor, Tensor> fc2;

    public DigitsCnn(int channels1 = 16, int channels2 = 32, int hidden = 64, double dropoutRate = 0.25, int classes = 10)
        : base(nameof(DigitsCnn))
    {
        if (channels1 <= 0) throw new ArgumentOutOfRangeException(nameof(channels1), channels1, "must be positive");
        if (channels2 <= 0) throw new ArgumentOutOfRangeException(nameof(channels2), channels2, "must be positive");
        if (hidden <= 0) throw new ArgumentOutOfRangeException(nameof(hidden), hidden, "must be positive");
        if (dropoutRate is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(dropoutRate), dropoutRate, "must be in [0, 1)");
        conv1 = Conv2d(1, channels1, kernel_size: 3, padding: 1);
        conv2 = Conv2d(channels1, channels2, kernel_size: 3, padding: 1);
        pool = MaxPool2d(kernel_size: 2);
        dropout = Dropout(dropoutRate);
        fc1 = Linear(channels2 * 2 * 2, hidden);
        fc2 = Linear(hidden, classes);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = pool.call(functional.relu(conv1.call(input)));
        x = pool.call(functional.relu(conv2.call(x)));
        x = dropout.call(x.flatten(1));
        x = dropout.call(functional.relu(fc1.call(x)));
        return fc2.call(x).MoveToOuterDisposeScope();
    }

    /// <summary>The first layer's activations (after ReLU), [N, channels1, 8, 8]: what the first filters respond to.</summary>
    public Tensor FirstLayerMaps(Tensor input)
    {
        using var _ = no_grad();
        return functional.relu(conv1.call(input));
    }

    /// <summary>The first layer's 3x3 filters, [channels1, 1, 3, 3].</summary>
    public Tensor FirstLayerFilters() => ((TorchSharp.Modules.Conv2d)conv1).weight!.detach();
}
