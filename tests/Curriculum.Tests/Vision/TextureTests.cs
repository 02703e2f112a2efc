using Curriculum.Vision;

namespace Curriculum.Tests.Vision;

public class TextureTests
{
    [Fact]
    public void Shrink_averages_blocks_and_drops_a_ragged_edge()
    {
        // 5x4 texture, values = x + 10 y; 2x2 blocks -> 2x2 result, column 4 dropped.
        var pixels = Enumerable.Range(0, 20).Select(i => (float)(i % 5 + 10 * (i / 5))).ToArray();
        var t = Texture.Shrink(new Texture("ramp", 5, 4, pixels), 2);

        Assert.Equal((2, 2), (t.Width, t.Height));
        Assert.Equal([5.5f, 7.5f, 25.5f, 27.5f], t.Pixels); // e.g. mean of 0, 1, 10, 11
        Assert.Equal("ramp", t.Name);
    }

    [Fact]
    public void Load_reads_a_committed_photo_in_grey_and_shrinks_it()
    {
        var full = Texture.Load("images/brick.png", shrink: 1);
        var small = Texture.Load("images/brick.png");

        Assert.Equal(("brick", 512, 512), (full.Name, full.Width, full.Height));
        Assert.Equal((128, 128), (small.Width, small.Height));
        // The brick photo's byte sum (PngImageTests) / 255 / pixels is its mean grey level; shrinking keeps the mean.
        Assert.Equal(29217353.0 / 255 / (512 * 512), full.Pixels.Average(v => (double)v), 5);
        Assert.Equal(full.Pixels.Average(v => (double)v), small.Pixels.Average(v => (double)v), 5);
    }

    [Fact]
    public void Bad_sizes_are_named()
    {
        Assert.Equal("pixels", Assert.Throws<ArgumentException>(() => new Texture("t", 2, 2, new float[3])).ParamName);
        Assert.Equal("width", Assert.Throws<ArgumentOutOfRangeException>(() => new Texture("t", 0, 2, [])).ParamName);
        var t = new Texture("t", 4, 4, new float[16]);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => Texture.Shrink(t, 0)).ParamName);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => Texture.Shrink(t, 5)).ParamName);
    }
}
