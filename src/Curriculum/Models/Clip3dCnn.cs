using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A small 3-D convolutional network for clips [N, 1, T, H, W]: 3x3x3 filters slide over time as well as space, so a
/// filter can respond to "bright here now, bright one pixel to the right next frame" — motion. Conv3d 8 → max-pool
/// 2x2x2 → Conv3d 16 → global average pool → linear. Works for any T, H, W ≥ 2. Introduced in lesson 17.
/// </summary>
public sealed class Clip3dCnn : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> conv1, conv2, pool, classifier;

    public Clip3dCnn(int channels1 = 8, int channels2 = 16, int classes = 4) : base(nameof(Clip3dCnn))
    {
        if (channels1 <= 0) throw new ArgumentOutOfRangeException(nameof(channels1), channels1, "must be positive");
        if (channels2 <= 0) throw new ArgumentOutOfRangeException(nameof(channels2), channels2, "must be positive");
        if (classes < 2) throw new ArgumentOutOfRangeException(nameof(classes), classes, "need at least 2 classes");
        conv1 = Conv3d(1, channels1, kernel_size: 3, padding: 1);
        conv2 = Conv3d(channels1, channels2, kernel_size: 3, padding: 1);
        pool = MaxPool3d(kernel_size: 2);
        classifier = Linear(channels2, classes);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 5 || input.shape[1] != 1 || input.shape[2] < 2 || input.shape[3] < 2 || input.shape[4] < 2)
            throw new ArgumentException($"expected clips shaped [N, 1, T, H, W] with T, H, W >= 2, got [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var x = pool.call(functional.relu(conv1.call(input)));
        x = functional.relu(conv2.call(x));
        return classifier.call(x.mean([2L, 3L, 4L])).MoveToOuterDisposeScope();
    }
}
