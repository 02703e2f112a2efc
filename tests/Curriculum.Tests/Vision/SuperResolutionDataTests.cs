using Curriculum.Vision;

namespace Curriculum.Tests.Vision;

public class SuperResolutionDataTests
{
    [Fact]
    public void Degrade_crops_to_a_multiple_of_the_scale_and_shrinks()
    {
        var image = Enumerable.Range(0, 7 * 5).Select(i => (float)i).ToArray();

        var (high, low, w, h) = SuperResolutionData.Degrade(image, 7, 5, 2);

        Assert.Equal((6, 4), (w, h));
        Assert.Equal(Patches.Crop(image, 7, 5, 0, 0, 6, 4), high);
        Assert.Equal(3 * 2, low.Length);
    }

    [Fact]
    public void Degrade_keeps_a_flat_image_flat_and_averages_2x2_blocks_of_a_smooth_ramp()
    {
        var flat = SuperResolutionData.Degrade(Enumerable.Repeat(0.3f, 64).ToArray(), 8, 8).Low;
        Assert.All(flat, v => Assert.Equal(0.3f, v, 1e-6f));

        // On a linear ramp the symmetric anti-aliasing kernel returns the ramp at the 2x2 block centre (interior pixels).
        var ramp = Enumerable.Range(0, 16 * 16).Select(i => 0.01f * (i % 16)).ToArray();
        var low = SuperResolutionData.Degrade(ramp, 16, 16).Low;
        for (var x = 2; x < 6; x++) Assert.Equal(0.01 * (2 * x + 0.5), low[3 * 8 + x], 1e-5);
    }

    [Fact]
    public void Patch_pairs_are_aligned_even_when_flipped()
    {
        // The high-resolution image is the low one with every pixel repeated 2x2, so each high patch must be exactly
        // the nearest-neighbour enlargement of its low patch.
        const int lw = 20, lh = 12;
        var low = Enumerable.Range(0, lw * lh).Select(i => (float)i).ToArray();
        var high = new float[lw * lh * 4];
        for (var y = 0; y < 2 * lh; y++) for (var x = 0; x < 2 * lw; x++) high[y * 2 * lw + x] = low[(y / 2) * lw + x / 2];

        var (lows, highs) = SuperResolutionData.PatchPairs(low, lw, lh, high, 2, 30, 5, seed: 7);

        for (var n = 0; n < 30; n++)
            for (var y = 0; y < 10; y++)
                for (var x = 0; x < 10; x++)
                    Assert.Equal(lows[n][(y / 2) * 5 + x / 2], highs[n][y * 10 + x]);
        Assert.Contains(lows, p => p[0] > p[1]); // some patches are mirrored (values decrease left to right)
        Assert.Contains(lows, p => p[0] < p[1]);
    }

    [Fact]
    public void Patch_pairs_respect_the_band_and_the_seed()
    {
        const int lw = 40, lh = 10;
        var low = Enumerable.Range(0, lw * lh).Select(i => (float)(i % lw)).ToArray(); // value = column
        var high = new float[lw * lh * 4];

        var (a, _) = SuperResolutionData.PatchPairs(low, lw, lh, high, 2, 25, 6, seed: 1, fromX: 0.75, toX: 1.0);
        var (b, _) = SuperResolutionData.PatchPairs(low, lw, lh, high, 2, 25, 6, seed: 1, fromX: 0.75, toX: 1.0);

        Assert.All(a, p => Assert.True(p.Min() >= 30, $"a patch reached column {p.Min()}"));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Bicubic_upscale_doubles_the_size()
    {
        var up = SuperResolutionData.BicubicUpscale(Enumerable.Repeat(0.5f, 12).ToArray(), 4, 3, 2);
        Assert.Equal(8 * 6, up.Length);
        Assert.All(up, v => Assert.Equal(0.5f, v, 1e-6f));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => SuperResolutionData.Degrade(new float[16], 4, 4, 1)).ParamName);
        Assert.Equal("image", Assert.Throws<ArgumentException>(() => SuperResolutionData.Degrade(new float[15], 4, 4)).ParamName);
        Assert.Equal("high", Assert.Throws<ArgumentException>(() => SuperResolutionData.PatchPairs(new float[16], 4, 4, new float[16], 2, 1, 2, 0)).ParamName);
        Assert.Equal("lowSize", Assert.Throws<ArgumentOutOfRangeException>(() => SuperResolutionData.PatchPairs(new float[16], 4, 4, new float[64], 2, 1, 5, 0)).ParamName);
    }
}
