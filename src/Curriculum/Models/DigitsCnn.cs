using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A small VGG-style convolutional network for 8x8 digit images: 3x3 convolutions with batch normalisation and ReLU,
/// two of them before the first pooling (so the network sees detail at full resolution), then one more block, then a
/// linear classifier. Shapes: 1x8x8 → 32x8x8 → 64x8x8 → pool 64x4x4 → 64x4x4 → pool 64x2x2 → 256 → 10 logits.
/// About 58,000 weights. Introduced in lesson 06.
/// </summary>
public sealed class DigitsCnn : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> conv1, bn1, conv2, bn2, conv3, bn3, pool, dropout, classifier;

    public DigitsCnn(int channels1 = 32, int channels2 = 64, double dropoutRate = 0.3, int classes = 10)
        : base(nameof(DigitsCnn))
    {
        if (channels1 <= 0) throw new ArgumentOutOfRangeException(nameof(channels1), channels1, "must be positive");
        if (channels2 <= 0) throw new ArgumentOutOfRangeException(nameof(channels2), channels2, "must be positive");
        if (dropoutRate is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(dropoutRate), dropoutRate, "must be in [0, 1)");
        if (classes < 2) throw new ArgumentOutOfRangeException(nameof(classes), classes, "need at least 2 classes");
        conv1 = Conv2d(1, channels1, kernel_size: 3, padding: 1);
        bn1 = BatchNorm2d(channels1);
        conv2 = Conv2d(channels1, channels2, kernel_size: 3, padding: 1);
        bn2 = BatchNorm2d(channels2);
        conv3 = Conv2d(channels2, channels2, kernel_size: 3, padding: 1);
        bn3 = BatchNorm2d(channels2);
        pool = MaxPool2d(kernel_size: 2);
        dropout = Dropout(dropoutRate);
        classifier = Linear(channels2 * 2 * 2, classes);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 4 || input.shape[1] != 1 || input.shape[2] != 8 || input.shape[3] != 8)
            throw new ArgumentException($"expected images shaped [N, 1, 8, 8], got [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var x = functional.relu(bn1.call(conv1.call(input)));
        x = pool.call(functional.relu(bn2.call(conv2.call(x))));
        x = pool.call(functional.relu(bn3.call(conv3.call(x))));
        return classifier.call(dropout.call(x.flatten(1))).MoveToOuterDisposeScope();
    }

    /// <summary>The first layer's activations, [N, channels1, 8, 8]: where each first-layer filter responds.</summary>
    public Tensor FirstLayerMaps(Tensor input)
    {
        using var _ = no_grad();
        using var scope = NewDisposeScope(); // frees the convolution and batch-norm outputs; only the maps leave
        return functional.relu(bn1.call(conv1.call(input))).MoveToOuterDisposeScope();
    }

    /// <summary>The first layer's 3x3 filters, [channels1, 1, 3, 3].</summary>
    public Tensor FirstLayerFilters() => ((TorchSharp.Modules.Conv2d)conv1).weight!.detach();
}
