using Curriculum.Data;
using static TorchSharp.torch;

namespace Curriculum.Vision;

/// <summary>From the library's image data sets to TorchSharp tensors. Introduced in lesson 02.</summary>
public static class ImageTensors
{
    /// <summary>
    /// Images as a float tensor [N, 1, H, W] scaled to 0..1, and labels as an int64 tensor [N] (what cross-entropy wants).
    /// Introduced in lesson 02.
    /// </summary>
    public static (Tensor X, Tensor Y) ToTensors(ImageDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Count == 0) throw new ArgumentException("the data set has no images", nameof(data));
        var flat = new float[data.Count * data.Width * data.Height];
        for (var i = 0; i < data.Count; i++)
        {
            if (data.Pixels[i].Length != data.Width * data.Height)
                throw new ArgumentException($"image {i} has {data.Pixels[i].Length} pixels, expected {data.Width}x{data.Height}", nameof(data));
            for (var p = 0; p < data.Pixels[i].Length; p++) flat[i * data.Pixels[i].Length + p] = data.Pixels[i][p] / data.MaxPixel;
        }
        var x = tensor(flat, [data.Count, 1, data.Height, data.Width]);
        var y = tensor(data.Labels.Select(l => (long)l).ToArray());
        return (x, y);
    }
}
