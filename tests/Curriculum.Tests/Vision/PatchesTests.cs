using Curriculum.Vision;

namespace Curriculum.Tests.Vision;

public class PatchesTests
{
    // A horizontal ramp: every pixel's value is its column / width, so a patch's values show where it was cut.
    private static float[] Ramp(int w, int h) =>
        Enumerable.Range(0, w * h).Select(i => (float)(i % w) / w).ToArray();

    [Fact]
    public void Crops_stay_inside_their_band_so_train_and_test_bands_never_overlap()
    {
        const int w = 200, h = 120;
        var image = Ramp(w, h);

        var left = Patches.RandomCrops(image, w, h, 50, 32, 20, 90, 0.0, 0.5, seed: 1);
        var right = Patches.RandomCrops(image, w, h, 50, 32, 20, 90, 0.5, 1.0, seed: 1);

        Assert.All(left, p => Assert.True(p.Max() < 0.5f, $"a left-band patch reached {p.Max()}"));
        Assert.All(right, p => Assert.True(p.Min() >= 0.5f - 1e-6f, $"a right-band patch reached {p.Min()}"));
        Assert.All(left.Concat(right), p => Assert.Equal(32 * 32, p.Length));
    }

    [Fact]
    public void The_same_seed_gives_the_same_patches_and_another_seed_others()
    {
        var image = Enumerable.Range(0, 64 * 64).Select(i => (float)((i * 7919) % 251) / 251).ToArray();

        var a = Patches.RandomCrops(image, 64, 64, 5, 16, 10, 40, 0, 1, seed: 3);
        var b = Patches.RandomCrops(image, 64, 64, 5, 16, 10, 40, 0, 1, seed: 3);
        var c = Patches.RandomCrops(image, 64, 64, 5, 16, 10, 40, 0, 1, seed: 4);

        Assert.Equal(a, b);
        Assert.NotEqual(a[0], c[0]);
    }

    [Fact]
    public void Without_flips_a_full_size_crop_is_a_copy_of_the_image_region()
    {
        var image = Enumerable.Range(0, 8 * 8).Select(i => (float)i).ToArray();

        var patch = Patches.RandomCrops(image, 8, 8, 1, 8, 8, 8, 0, 1, seed: 0, flips: false).Single();

        Assert.Equal(image, patch);
    }

    [Fact]
    public void Flips_only_mirror_the_patch()
    {
        var image = Enumerable.Range(0, 6 * 6).Select(i => (float)i).ToArray();
        var sorted = image.OrderBy(v => v).ToArray();

        var patches = Patches.RandomCrops(image, 6, 6, 20, 6, 6, 6, 0, 1, seed: 5);

        Assert.All(patches, p => Assert.Equal(sorted, p.OrderBy(v => v).ToArray())); // same pixels, rearranged
        Assert.Contains(patches, p => p[0] != 0); // and some really are flipped
        Assert.All(patches, p => Assert.Contains(p[0], new[] { 0f, 5f, 30f, 35f })); // a corner goes to a corner
    }

    [Fact]
    public void Crop_takes_the_exact_rectangle()
    {
        var image = Enumerable.Range(0, 5 * 4).Select(i => (float)i).ToArray(); // 5 wide, 4 high

        Assert.Equal([6f, 7f, 8f, 11f, 12f, 13f], Patches.Crop(image, 5, 4, 1, 1, 3, 2));
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => Patches.Crop(image, 5, 4, 3, 0, 3, 2)).ParamName);
    }

    [Fact]
    public void Normalise_sets_mean_and_spread_and_handles_flat_patches()
    {
        float[] patch = [0.1f, 0.2f, 0.3f, 0.4f];

        var n = Patches.Normalise(patch, mean: 0.5, std: 0.1);

        Assert.Equal(0.5, n.Average(), 1e-6);
        Assert.Equal(0.1, Math.Sqrt(n.Average(v => (v - 0.5) * (v - 0.5))), 1e-6);
        Assert.Equal([0.5f, 0.5f], Patches.Normalise([0.3f, 0.3f]));
        Assert.All(Patches.Normalise([0f, 0f, 0f, 1f], std: 0.5), v => Assert.InRange(v, 0f, 1f)); // clamped
    }

    [Fact]
    public void Impossible_requests_are_refused_by_name()
    {
        var image = new float[100 * 50];
        Assert.Equal("minSize", Assert.Throws<ArgumentException>(() => Patches.RandomCrops(image, 100, 50, 1, 8, 60, 80, 0, 1, 0)).ParamName);
        Assert.Equal("fromX", Assert.Throws<ArgumentOutOfRangeException>(() => Patches.RandomCrops(image, 100, 50, 1, 8, 8, 8, 0.6, 0.4, 0)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => Patches.RandomCrops(image, 100, 50, 0, 8, 8, 8, 0, 1, 0)).ParamName);
        Assert.Equal("image", Assert.Throws<ArgumentException>(() => Patches.RandomCrops(new float[3], 100, 50, 1, 8, 8, 8, 0, 1, 0)).ParamName);
    }
}
