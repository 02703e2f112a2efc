using Curriculum.Data;

namespace Curriculum.Tests.Data;

/// <summary>The committed lfw_subset.npy.gz against values decoded independently (Python's struct module on the same file).</summary>
public class FaceCropsTests
{
    private static readonly Lazy<ImageDataset> Crops = new(FaceCrops.Load);

    [Fact]
    public void Has_200_crops_of_25x25_first_100_faces_then_100_non_faces()
    {
        var d = Crops.Value;
        Assert.Equal(200, d.Count);
        Assert.Equal((25, 25, 2, 1f), (d.Width, d.Height, d.ClassCount, d.MaxPixel));
        Assert.All(d.Pixels, p => Assert.Equal(625, p.Length));
        Assert.Equal(Enumerable.Repeat(1, 100).Concat(Enumerable.Repeat(0, 100)), d.Labels);
        Assert.Equal(0f, d.Pixels.SelectMany(p => p).Min());
        Assert.Equal(1f, d.Pixels.SelectMany(p => p).Max());
    }

    [Fact]
    public void Pixels_match_an_independent_decoding()
    {
        var d = Crops.Value;
        Assert.Equal(0.288888871669772f, d.Pixels[0][0]);
        Assert.Equal(0.32941177487373263f, d.Pixels[0][1]);
        Assert.Equal(0.06797385960817343f, d.Pixels[0][624]);
        Assert.Equal(0.058823529630900054f, d.Pixels[1][0]);
        Assert.Equal(0.047712419182062205f, d.Pixels[199][624]);
        Assert.Equal(0.41318065516352653, d.Pixels[0].Average(v => (double)v), 6);
        Assert.Equal(0.18166169903627596, d.Pixels[100].Average(v => (double)v), 6);
    }
}
