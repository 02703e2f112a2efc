using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A small classifier for 16×16 grey images, used as an independent judge: two 3×3 convolution blocks with batch
/// normalisation, ReLU and 2×2 max-pooling (1×16×16 → 16×8×8 → 32×4×4), dropout and a linear layer to the class
/// logits. Introduced in lesson 16.
/// </summary>
public sealed class SmallImageCnn : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> conv1, bn1, conv2, bn2, pool, dropout, classifier;

    public SmallImageCnn(int classes, int channels = 16, double dropoutRate = 0.3) : base(nameof(SmallImageCnn))
    {
        if (classes < 2) throw new ArgumentOutOfRangeException(nameof(classes), classes, "need at least 2 classes");
        if (channels <= 0) throw new ArgumentOutOfRangeException(nameof(channels), channels, "must be positive");
        if (dropoutRate is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(dropoutRate), dropoutRate, "must be in [0, 1)");
        conv1 = Conv2d(1, channels, 3, padding: 1);
        bn1 = BatchNorm2d(channels);
        conv2 = Conv2d(channels, 2 * channels, 3, padding: 1);
        bn2 = BatchNorm2d(2 * channels);
        pool = MaxPool2d(2);
        dropout = Dropout(dropoutRate);
        classifier = Linear(2 * channels * 4 * 4, classes);
        RegisterComponents();
    }

    /// <summary>Maps images [N, 1, 16, 16] to class logits [N, classes].</summary>
    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 4 || input.shape[1] != 1 || input.shape[2] != 16 || input.shape[3] != 16)
            throw new ArgumentException($"expected images shaped [N, 1, 16, 16], got [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var x = pool.call(functional.relu(bn1.call(conv1.call(input))));
        x = pool.call(functional.relu(bn2.call(conv2.call(x))));
        return classifier.call(dropout.call(x.flatten(1))).MoveToOuterDisposeScope();
    }
}
