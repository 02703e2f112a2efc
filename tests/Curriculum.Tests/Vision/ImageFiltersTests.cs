using Curriculum.Vision;

namespace Curriculum.Tests.Vision;

public class ImageFiltersTests
{
    [Fact]
    public void Local_std_is_zero_on_flat_images_and_one_half_on_a_zero_one_checkerboard_interior()
    {
        Assert.All(ImageFilters.LocalStd(Enumerable.Repeat(0.3f, 25).ToArray(), 5, 5, 1), v => Assert.Equal(0f, v, 6));
        var board = Enumerable.Range(0, 36).Select(i => (float)((i % 6 + i / 6) % 2)).ToArray();
        var std = ImageFilters.LocalStd(board, 6, 6, 1);
        // An interior 3x3 window holds 5 of one value and 4 of the other: sd = sqrt(20/81) = 0.4969.
        Assert.Equal(Math.Sqrt(20.0 / 81), std[2 * 6 + 2], 5);
        // A corner window is 2x2: two of each, sd 0.5.
        Assert.Equal(0.5, std[0], 5);
    }

    [Fact]
    public void Local_std_matches_a_direct_computation_on_a_small_window()
    {
        float[] image = [0, 1, 2, 3, 4, 5, 6, 7, 8]; // 3x3
        var std = ImageFilters.LocalStd(image, 3, 3, 1);
        var all = image.Select(v => (double)v).ToArray();
        var mean = all.Average();
        Assert.Equal(Math.Sqrt(all.Average(v => (v - mean) * (v - mean))), std[4], 5); // centre sees all 9
        Assert.Equal("radius", Assert.Throws<ArgumentOutOfRangeException>(() => ImageFilters.LocalStd(image, 3, 3, 0)).ParamName);
        Assert.Equal("image", Assert.Throws<ArgumentException>(() => ImageFilters.LocalStd(image, 2, 3, 1)).ParamName);
    }
}
