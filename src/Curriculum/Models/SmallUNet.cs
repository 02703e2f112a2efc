using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A small U-Net (Ronneberger, Fischer and Brox, 2015) for greyscale images [N, 1, H, W] with H and W divisible by 4.
/// The encoder halves the resolution twice (a <see cref="DoubleConv"/> per level: c, 2c, 4c channels);
/// the decoder doubles it back with transposed convolutions and concatenates the encoder's map of the same size (the
/// skip connections, which give back the sharp edges the pooling lost); a 1×1 convolution gives one logit per pixel
/// per class ([N, classes, H, W]; one channel for object vs background). Introduced in lesson 21.
/// </summary>
public sealed class SmallUNet : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> down1, down2, bottom, up2, dec2, up1, dec1, head, pool;

    public SmallUNet(int channels = 16, int classes = 1) : base(nameof(SmallUNet))
    {
        if (channels <= 0) throw new ArgumentOutOfRangeException(nameof(channels), channels, "must be positive");
        if (classes < 1) throw new ArgumentOutOfRangeException(nameof(classes), classes, "need at least one output channel");
        down1 = new DoubleConv(1, channels);
        down2 = new DoubleConv(channels, 2 * channels);
        bottom = new DoubleConv(2 * channels, 4 * channels);
        up2 = ConvTranspose2d(4 * channels, 2 * channels, kernel_size: 2, stride: 2);
        dec2 = new DoubleConv(4 * channels, 2 * channels);
        up1 = ConvTranspose2d(2 * channels, channels, kernel_size: 2, stride: 2);
        dec1 = new DoubleConv(2 * channels, channels);
        head = Conv2d(channels, classes, kernel_size: 1);
        pool = MaxPool2d(kernel_size: 2);
        RegisterComponents();
    }


    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 4 || input.shape[1] != 1 || input.shape[2] % 4 != 0 || input.shape[3] % 4 != 0 || input.shape[2] == 0)
            throw new ArgumentException($"expected images shaped [N, 1, H, W] with H and W divisible by 4, got [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var skip1 = down1.call(input);                 // c   × H × W
        var skip2 = down2.call(pool.call(skip1));      // 2c  × H/2
        var x = bottom.call(pool.call(skip2));         // 4c  × H/4
        x = dec2.call(cat([up2.call(x), skip2], 1));   // 2c  × H/2
        x = dec1.call(cat([up1.call(x), skip1], 1));   // c   × H
        return head.call(x).MoveToOuterDisposeScope();
    }
}
