using Curriculum.Vision;

namespace Curriculum.Tests.Vision;

public class FrameDifferenceTests
{
    // Three 2-pixel frames: differences 0->1 = (1 + 0)/2 = 0.5, 1->2 = (1 + 2)/2 = 1.5, 0->2 = (2 + 2)/2 = 2.
    private static readonly float[][] Frames = [[0f, 0f], [1f, 0f], [2f, 2f]];

    [Fact]
    public void MeanAbsolute_is_the_average_absolute_pixel_difference()
    {
        Assert.Equal(0.5, FrameDifference.MeanAbsolute(Frames[0], Frames[1]));
        Assert.Equal(0.5, FrameDifference.MeanAbsolute(Frames[1], Frames[0]));
        Assert.Equal(0.0, FrameDifference.MeanAbsolute(Frames[2], Frames[2]));
    }

    [Fact]
    public void ByLag_averages_all_pairs_that_far_apart()
    {
        Assert.Equal([1.0, 2.0], FrameDifference.ByLag(Frames, 2)); // lag 1: (0.5 + 1.5) / 2; lag 2: the one pair 0->2
    }

    [Fact]
    public void AlongOrder_follows_the_given_order()
    {
        Assert.Equal(1.0, FrameDifference.AlongOrder(Frames, [0, 1, 2]));
        Assert.Equal(1.25, FrameDifference.AlongOrder(Frames, [1, 0, 2])); // (0.5 + 2) / 2
        Assert.Equal(1.0, FrameDifference.AlongOrder(Frames, [2, 1, 0])); // reversing keeps every difference
    }

    [Fact]
    public void Bad_input_names_the_argument()
    {
        Assert.Equal("b", Assert.Throws<ArgumentException>(() => FrameDifference.MeanAbsolute([0f], [0f, 1f])).ParamName);
        Assert.Equal("maxLag", Assert.Throws<ArgumentOutOfRangeException>(() => FrameDifference.ByLag(Frames, 3)).ParamName);
        Assert.Equal("order", Assert.Throws<ArgumentException>(() => FrameDifference.AlongOrder(Frames, [0, 0, 1])).ParamName);
        Assert.Equal("order", Assert.Throws<ArgumentException>(() => FrameDifference.AlongOrder(Frames, [0, 1])).ParamName);
    }
}
