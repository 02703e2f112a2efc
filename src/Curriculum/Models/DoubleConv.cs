using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// The U-Net's building block (Ronneberger, Fischer and Brox, 2015): two 3×3 convolutions, each followed by batch
/// normalisation and ReLU, at the same resolution ([N, input, H, W] → [N, output, H, W]). No convolution bias: the
/// batch norm that follows has its own. Shared by <see cref="SmallUNet"/> and <see cref="GridDetector"/>. Introduced in lesson 21.
/// </summary>
public sealed class DoubleConv : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> conv1, norm1, conv2, norm2;

    public DoubleConv(int input, int output) : base(nameof(DoubleConv))
    {
        if (input <= 0) throw new ArgumentOutOfRangeException(nameof(input), input, "the number of input channels must be positive");
        if (output <= 0) throw new ArgumentOutOfRangeException(nameof(output), output, "the number of output channels must be positive");
        conv1 = Conv2d(input, output, kernel_size: 3, padding: 1, bias: false);
        norm1 = BatchNorm2d(output);
        conv2 = Conv2d(output, output, kernel_size: 3, padding: 1, bias: false);
        norm2 = BatchNorm2d(output);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = functional.relu(norm1.call(conv1.call(input)));
        return functional.relu(norm2.call(conv2.call(x))).MoveToOuterDisposeScope();
    }
}
