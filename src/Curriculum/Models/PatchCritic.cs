using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A PatchGAN critic (Isola et al., 2017; as in CycleGAN) for 16×16 grey images: two stride-2 4×4 convolutions with
/// LeakyReLU(0.2) (16×16 → 8×8 → 4×4) and a 3×3 convolution to one raw logit per patch, [N, 4, 4]: each logit says
/// whether its overlapping 10×10 patch looks like the critic's domain. No sigmoid: the loss is BCE-with-logits.
/// Introduced in lesson 16.
/// </summary>
public sealed class PatchCritic : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> layers;

    public PatchCritic(int channels = 16) : base(nameof(PatchCritic))
    {
        if (channels <= 0) throw new ArgumentOutOfRangeException(nameof(channels), channels, "must be positive");
        layers = Sequential(
            Conv2d(1, channels, 4, stride: 2, padding: 1), LeakyReLU(0.2),
            Conv2d(channels, 2 * channels, 4, stride: 2, padding: 1), LeakyReLU(0.2),
            Conv2d(2 * channels, 1, 3, padding: 1));
        RegisterComponents();
    }

    /// <summary>Maps images [N, 1, 16, 16] to patch logits [N, 4, 4].</summary>
    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 4 || input.shape[1] != 1 || input.shape[2] != 16 || input.shape[3] != 16)
            throw new ArgumentException($"expected images shaped [N, 1, 16, 16], got [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        return layers.call(input).squeeze(1).MoveToOuterDisposeScope();
    }
}
