using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Vision;

/// <summary>
/// The losses of neural style transfer (Gatys et al. 2016): content = mean squared difference of feature maps; style =
/// mean squared difference of Gram matrices, which keep which channels fire together and forget where. Introduced in lesson 24.
/// </summary>
public static class StyleLosses
{
    /// <summary>
    /// Gram matrix of feature maps [N, C, H, W]: G[n, i, j] = Σ_p F[n, i, p]·F[n, j, p] / (C·H·W), shape [N, C, C].
    /// Introduced in lesson 24.
    /// </summary>
    public static Tensor Gram(Tensor features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.dim() != 4) throw new ArgumentException($"expected feature maps shaped [N, C, H, W], got [{string.Join(", ", features.shape)}]", nameof(features));
        long n = features.shape[0], c = features.shape[1], hw = features.shape[2] * features.shape[3];
        using var scope = NewDisposeScope();
        var f = features.reshape(n, c, hw);
        return (f.bmm(f.transpose(1, 2)) / (c * hw)).MoveToOuterDisposeScope();
    }
}
