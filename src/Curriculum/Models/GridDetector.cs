using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A single-stage detector in the spirit of YOLO and CenterNet for greyscale images [N, 1, H, W] (H, W divisible by 8):
/// a small convolutional backbone (four <see cref="DoubleConv"/> blocks, three 2×2 poolings) reduces the image to a grid
/// of cells 8 pixels apart, and a 1×1 convolution gives
/// every cell, in one pass, one score logit per class ("an object of this class is centred here") and four box numbers
/// (centre offset within the cell, log width, log height); see <see cref="Vision.CentreGrid"/> for the coding.
/// Output [N, classes + 4, H/8, W/8]. Introduced in lesson 22.
/// </summary>
public sealed class GridDetector : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> stage1, stage2, stage3, stage4, head, pool;

    /// <param name="classes">Number of object classes.</param>
    /// <param name="channels">Width c of the backbone: c, 2c, 4c, 4c channels in its four blocks.</param>
    /// <param name="firstChannels">Width of the first block only (default c). Why narrower: that block runs at full
    /// resolution, so it holds the largest activations and costs as much as the other three together on a CPU.</param>
    public GridDetector(int classes = 3, int channels = 16, int? firstChannels = null) : base(nameof(GridDetector))
    {
        if (classes < 1) throw new ArgumentOutOfRangeException(nameof(classes), classes, "need at least one class");
        if (channels <= 0) throw new ArgumentOutOfRangeException(nameof(channels), channels, "must be positive");
        if (firstChannels <= 0) throw new ArgumentOutOfRangeException(nameof(firstChannels), firstChannels, "must be positive (or null for channels)");
        var first = firstChannels ?? channels;
        stage1 = new DoubleConv(1, first);
        stage2 = new DoubleConv(first, 2 * channels);
        stage3 = new DoubleConv(2 * channels, 4 * channels);
        stage4 = new DoubleConv(4 * channels, 4 * channels); // each cell now sees about 70 pixels around it: whole objects
        head = Conv2d(4 * channels, classes + 4, kernel_size: 1);
        pool = MaxPool2d(kernel_size: 2);
        RegisterComponents();
    }


    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 4 || input.shape[1] != 1 || input.shape[2] % 8 != 0 || input.shape[3] % 8 != 0 || input.shape[2] == 0)
            throw new ArgumentException($"expected images shaped [N, 1, H, W] with H and W divisible by 8, got [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var x = pool.call(stage1.call(input));
        x = pool.call(stage2.call(x));
        x = pool.call(stage3.call(x));
        return head.call(stage4.call(x)).MoveToOuterDisposeScope();
    }
}
