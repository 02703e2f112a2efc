using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A conditional GAN discriminator for 8x8 digits: the 64 pixels (in [-1, 1]) and the claimed class (one-hot) go through
/// an MLP (Linear → LeakyReLU(0.2) → Dropout, twice) to ONE raw logit per image: "real and of this class" vs "fake".
/// No sigmoid at the end: the loss is BCE-with-logits, which is numerically stable. Introduced in lesson 07.
/// </summary>
public sealed class DigitsDiscriminator : Module<Tensor, Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> hidden1, hidden2, dropout, output;

    /// <summary>The number of classes (length of the one-hot condition).</summary>
    public int Classes { get; }

    public DigitsDiscriminator(int hidden = 256, int classes = 10, double dropoutRate = 0.3) : base(nameof(DigitsDiscriminator))
    {
        if (hidden <= 0) throw new ArgumentOutOfRangeException(nameof(hidden), hidden, "must be positive");
        if (classes < 2) throw new ArgumentOutOfRangeException(nameof(classes), classes, "need at least 2 classes");
        if (dropoutRate is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(dropoutRate), dropoutRate, "must be in [0, 1)");
        Classes = classes;
        hidden1 = Linear(64 + classes, hidden);
        hidden2 = Linear(hidden, hidden);
        dropout = Dropout(dropoutRate);
        output = Linear(hidden, 1);
        RegisterComponents();
    }

    /// <summary>Maps images [N, 1, 8, 8] (or [N, 64]) and int64 labels [N] to logits [N].</summary>
    public override Tensor forward(Tensor images, Tensor labels)
    {
        if (images.dim() < 2 || images.shape[0] == 0 || images[0].numel() != 64)
            throw new ArgumentException($"expected N images of 64 pixels, got shape [{string.Join(", ", images.shape)}]", nameof(images));
        if (labels.dim() != 1 || labels.shape[0] != images.shape[0])
            throw new ArgumentException($"expected {images.shape[0]} labels shaped [N], got [{string.Join(", ", labels.shape)}]", nameof(labels));
        using var scope = NewDisposeScope();
        var x = cat([images.flatten(1), functional.one_hot(labels, Classes).to_type(ScalarType.Float32)], 1);
        x = dropout.call(functional.leaky_relu(hidden1.call(x), 0.2));
        x = dropout.call(functional.leaky_relu(hidden2.call(x), 0.2));
        return output.call(x).squeeze(1).MoveToOuterDisposeScope();
    }
}
