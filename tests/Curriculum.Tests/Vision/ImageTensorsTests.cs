using Curriculum.Data;
using Curriculum.Tests.Support;
using Curriculum.Vision;
using static TorchSharp.torch;

namespace Curriculum.Tests.Vision;

[Collection(TorchCollection.Name)]
public class ImageTensorsTests
{
    [Fact]
    public void Images_become_N_1_H_W_floats_scaled_by_MaxPixel_and_labels_int64()
    {
        // Two 3-wide, 2-high images; pixel p of image i is row p / 3, column p % 3.
        var data = new ImageDataset([[0, 1, 2, 3, 4, 16], [16, 8, 4, 2, 1, 0]], [7, 2], Width: 3, Height: 2, ClassCount: 10, MaxPixel: 16);

        var (x, y) = ImageTensors.ToTensors(data);
        using var _x = x;
        using var _y = y;

        Assert.Equal(new long[] { 2, 1, 2, 3 }, x.shape);
        Assert.Equal(ScalarType.Float32, x.dtype);
        // Flattened [N, 1, H, W] in row-major order is image by image, row by row: pixel 16 → 1.0, 8 → 0.5, 4 → 0.25.
        Assert.Equal(new float[] { 0, 1 / 16f, 2 / 16f, 3 / 16f, 4 / 16f, 1, 1, 0.5f, 0.25f, 2 / 16f, 1 / 16f, 0 }, x.data<float>().ToArray());
        Assert.Equal(ScalarType.Int64, y.dtype);
        Assert.Equal(new long[] { 7, 2 }, y.data<long>().ToArray());
    }

    [Fact]
    public void All_digits_fit_in_0_to_1()
    {
        var (x, y) = ImageTensors.ToTensors(Datasets.Digits());
        using var _x = x;
        using var _y = y;
        using var min = x.min();
        using var max = x.max();

        Assert.Equal(new long[] { 1797, 1, 8, 8 }, x.shape);
        Assert.Equal((0f, 1f), (min.item<float>(), max.item<float>()));
        Assert.Equal(new long[] { 1797 }, y.shape);
    }

    [Fact]
    public void Bad_pixel_counts_and_empty_data_are_argument_errors()
    {
        var bad = new ImageDataset([new float[6], new float[5]], [0, 1], 3, 2, 2, 1);
        var e = Assert.Throws<ArgumentException>(() => ImageTensors.ToTensors(bad));
        Assert.Equal("data", e.ParamName);
        Assert.Contains("image 1 has 5 pixels, expected 3x2", e.Message);

        var empty = new ImageDataset([], [], 3, 2, 2, 1);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => ImageTensors.ToTensors(empty)).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentNullException>(() => ImageTensors.ToTensors(null!)).ParamName);
    }
}
