using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A conditional GAN generator for 8x8 digits: noise z (<c>noiseSize</c> values) and the wanted class (one-hot, 10 values)
/// are concatenated and mapped by an MLP (Linear → LeakyReLU(0.2), twice) to 64 pixels through tanh, so outputs lie in
/// [-1, 1] like the scaled real images. Output shape [N, 1, 8, 8]. Introduced in lesson 07.
/// </summary>
public sealed class DigitsGenerator : Module<Tensor, Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> hidden1, hidden2, output;

    /// <summary>The number of noise values per sample.</summary>
    public int NoiseSize { get; }

    /// <summary>The number of classes (length of the one-hot condition).</summary>
    public int Classes { get; }

    public DigitsGenerator(int noiseSize = 32, int hidden = 256, int classes = 10) : base(nameof(DigitsGenerator))
    {
        if (noiseSize <= 0) throw new ArgumentOutOfRangeException(nameof(noiseSize), noiseSize, "must be positive");
        if (hidden <= 0) throw new ArgumentOutOfRangeException(nameof(hidden), hidden, "must be positive");
        if (classes < 2) throw new ArgumentOutOfRangeException(nameof(classes), classes, "need at least 2 classes");
        NoiseSize = noiseSize;
        Classes = classes;
        hidden1 = Linear(noiseSize + classes, hidden);
        hidden2 = Linear(hidden, hidden);
        output = Linear(hidden, 64);
        RegisterComponents();
    }

    /// <summary>Maps noise [N, noiseSize] and int64 labels [N] to images [N, 1, 8, 8] in [-1, 1].</summary>
    public override Tensor forward(Tensor noise, Tensor labels)
    {
        if (noise.dim() != 2 || noise.shape[1] != NoiseSize)
            throw new ArgumentException($"expected noise shaped [N, {NoiseSize}], got [{string.Join(", ", noise.shape)}]", nameof(noise));
        if (labels.dim() != 1 || labels.shape[0] != noise.shape[0])
            throw new ArgumentException($"expected {noise.shape[0]} labels shaped [N], got [{string.Join(", ", labels.shape)}]", nameof(labels));
        using var scope = NewDisposeScope();
        var x = cat([noise, functional.one_hot(labels, Classes).to_type(ScalarType.Float32)], 1);
        x = functional.leaky_relu(hidden1.call(x), 0.2);
        x = functional.leaky_relu(hidden2.call(x), 0.2);
        return tanh(output.call(x)).reshape(-1, 1, 8, 8).MoveToOuterDisposeScope();
    }
}
