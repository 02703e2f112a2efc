using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A small CycleGAN generator (Zhu et al., 2017, scaled down) for 16×16 grey images in [-1, 1]: a 3×3 convolution,
/// a stride-2 downsampling convolution (16×16 → 8×8), residual blocks at 8×8, a transposed convolution back to 16×16
/// and a 3×3 convolution to one channel through tanh. Instance normalisation and ReLU between layers. An image goes in,
/// an image of the same size comes out: the translation. Introduced in lesson 16.
/// </summary>
public sealed class CycleGenerator : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> stem, down, up, output;
    private readonly TorchSharp.Modules.ModuleList<Module<Tensor, Tensor>> blocks;

    public CycleGenerator(int channels = 16, int residualBlocks = 2) : base(nameof(CycleGenerator))
    {
        if (channels <= 0) throw new ArgumentOutOfRangeException(nameof(channels), channels, "must be positive");
        if (residualBlocks < 0) throw new ArgumentOutOfRangeException(nameof(residualBlocks), residualBlocks, "must be non-negative");
        stem = Sequential(Conv2d(1, channels, 3, padding: 1), InstanceNorm2d(channels, affine: true), ReLU());
        down = Sequential(Conv2d(channels, 2 * channels, 4, stride: 2, padding: 1), InstanceNorm2d(2 * channels, affine: true), ReLU());
        blocks = ModuleList(Enumerable.Range(0, residualBlocks).Select(_ => (Module<Tensor, Tensor>)Sequential(
            Conv2d(2 * channels, 2 * channels, 3, padding: 1), InstanceNorm2d(2 * channels, affine: true), ReLU(),
            Conv2d(2 * channels, 2 * channels, 3, padding: 1), InstanceNorm2d(2 * channels, affine: true))).ToArray());
        up = Sequential(ConvTranspose2d(2 * channels, channels, 4, stride: 2, padding: 1), InstanceNorm2d(channels, affine: true), ReLU());
        output = Conv2d(channels, 1, 3, padding: 1);
        RegisterComponents();
    }

    /// <summary>Maps images [N, 1, 16, 16] in [-1, 1] to translated images of the same shape in [-1, 1].</summary>
    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 4 || input.shape[1] != 1 || input.shape[2] != 16 || input.shape[3] != 16)
            throw new ArgumentException($"expected images shaped [N, 1, 16, 16], got [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var x = down.call(stem.call(input));
        foreach (var block in blocks) x = functional.relu(x + block.call(x));
        return tanh(output.call(up.call(x))).MoveToOuterDisposeScope();
    }
}
