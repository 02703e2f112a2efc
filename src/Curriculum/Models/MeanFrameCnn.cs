using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// The frame-averaging baseline for clips [N, 1, T, H, W]: average the T frames into one image, then a small 2-D CNN
/// (3x3 conv 16 → pool → 3x3 conv 32 → pool → linear). The average is the same whichever order the frames come in,
/// so this model cannot see the direction of motion, only where things were. Introduced in lesson 17.
/// </summary>
public sealed class MeanFrameCnn : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> conv1, conv2, pool, classifier;
    private readonly int size;

    public MeanFrameCnn(int size = 16, int classes = 4) : base(nameof(MeanFrameCnn))
    {
        if (size <= 0 || size % 4 != 0) throw new ArgumentOutOfRangeException(nameof(size), size, "must be a positive multiple of 4");
        if (classes < 2) throw new ArgumentOutOfRangeException(nameof(classes), classes, "need at least 2 classes");
        this.size = size;
        conv1 = Conv2d(1, 16, kernel_size: 3, padding: 1);
        conv2 = Conv2d(16, 32, kernel_size: 3, padding: 1);
        pool = MaxPool2d(kernel_size: 2);
        classifier = Linear(32 * (size / 4) * (size / 4), classes);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 5 || input.shape[1] != 1 || input.shape[3] != size || input.shape[4] != size)
            throw new ArgumentException($"expected clips shaped [N, 1, T, {size}, {size}], got [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var x = input.mean([2L]); // [N, 1, H, W]: the time axis is gone
        x = pool.call(functional.relu(conv1.call(x)));
        x = pool.call(functional.relu(conv2.call(x)));
        return classifier.call(x.flatten(1)).MoveToOuterDisposeScope();
    }
}
