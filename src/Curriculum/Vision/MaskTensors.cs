using static TorchSharp.torch;

namespace Curriculum.Vision;

/// <summary>From a segmentation network's output back to masks. Introduced in lesson 21.</summary>
public static class MaskTensors
{
    /// <summary>
    /// One mask per image from one-channel logits [N, 1, H, W]: a pixel is object where its logit is above
    /// <paramref name="logitThreshold"/> (0 = probability 0.5). Masks are row-major, like the scenes. Introduced in lesson 21.
    /// </summary>
    public static bool[][] FromLogits(Tensor logits, double logitThreshold = 0)
    {
        ArgumentNullException.ThrowIfNull(logits);
        if (logits.dim() != 4 || logits.shape[1] != 1)
            throw new ArgumentException($"expected logits shaped [N, 1, H, W], got [{string.Join(", ", logits.shape)}]", nameof(logits));
        int n = (int)logits.shape[0], pixels = (int)(logits.shape[2] * logits.shape[3]);
        bool[] flat;
        using (var scope = NewDisposeScope()) flat = logits.gt(logitThreshold).cpu().flatten().data<bool>().ToArray();
        return Enumerable.Range(0, n).Select(i => flat.AsSpan(i * pixels, pixels).ToArray()).ToArray();
    }
}
