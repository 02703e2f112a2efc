using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A sub-pixel convolutional super-resolution network after ESPCN (Shi et al. 2016, "Real-Time Single Image and Video
/// Super-Resolution Using an Efficient Sub-Pixel Convolutional Neural Network"): all convolutions work at low
/// resolution — 5×5 → <c>features</c>, 3×3 → <c>features</c>/2, 3×3 → scale² channels — and a pixel shuffle rearranges the
/// scale² channels into a scale× larger image. One change from the paper: the input is added to every sub-pixel channel
/// before the shuffle, so the network learns the correction to a nearest-neighbour enlargement (residual learning,
/// which trains much faster). The paper uses 64 features; 48 gave the same PSNR in lesson 14 in about 55 % of the time. Single channel (luminance) in [0, 1]; borders padded by replication. Introduced in lesson 14.
/// </summary>
public sealed class SubPixelSr : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> conv1, conv2, conv3, shuffle;

    /// <summary>The enlargement factor.</summary>
    public int Scale { get; }

    public SubPixelSr(int scale = 2, int features = 48) : base(nameof(SubPixelSr))
    {
        if (scale < 2) throw new ArgumentOutOfRangeException(nameof(scale), scale, "scale must be at least 2");
        if (features < 2) throw new ArgumentOutOfRangeException(nameof(features), features, "features must be at least 2");
        Scale = scale;
        conv1 = Conv2d(1, features, kernel_size: 5, padding: 2, padding_mode: PaddingModes.Replicate);
        conv2 = Conv2d(features, features / 2, kernel_size: 3, padding: 1, padding_mode: PaddingModes.Replicate);
        conv3 = Conv2d(features / 2, scale * scale, kernel_size: 3, padding: 1, padding_mode: PaddingModes.Replicate);
        shuffle = PixelShuffle(scale);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 4 || input.shape[1] != 1)
            throw new ArgumentException($"expected low-resolution images shaped [N, 1, H, W], got [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var x = functional.relu(conv1.call(input));
        x = functional.relu(conv2.call(x));
        var residual = conv3.call(x) + input; // input broadcast over the scale² sub-pixel channels
        return shuffle.call(residual).MoveToOuterDisposeScope();
    }

    /// <summary>Enlarges one image (row-major, <paramref name="width"/>×<paramref name="height"/>, values in [0, 1]); output clamped to [0, 1].</summary>
    public float[] Upscale(float[] low, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(low);
        if (low.Length != width * height) throw new ArgumentException($"low has {low.Length} pixels, expected {width}x{height}", nameof(low));
        using var _ = no_grad();
        using var scope = NewDisposeScope();
        var wasTraining = training;
        eval();
        var output = call(tensor(low).reshape(1, 1, height, width)).clamp(0, 1);
        if (wasTraining) train();
        return output.flatten().data<float>().ToArray();
    }
}
