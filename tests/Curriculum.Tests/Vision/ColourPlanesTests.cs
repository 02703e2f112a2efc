using Curriculum.Vision;

namespace Curriculum.Tests.Vision;

public class ColourPlanesTests
{
    [Fact]
    public void Luma_weights_the_planes_by_bt601()
    {
        // Two pixels: pure red, then white. Planes: R = [1, 1], G = [0, 1], B = [0, 1].
        var y = ColourPlanes.Luma([1f, 1f, 0f, 1f, 0f, 1f], 2, 1);
        Assert.Equal(0.299f, y[0], 5);
        Assert.Equal(1f, y[1], 5);
    }

    [Fact]
    public void Luma_of_a_png_equals_its_grey_version()
    {
        var png = PngImage.Load("images/chelsea.png");
        var y = ColourPlanes.Luma(png.ToRgbPlanes(), png.Width, png.Height);
        var grey = png.ToGrey();
        Assert.True(y.Zip(grey).All(p => Math.Abs(p.First - p.Second) < 1e-5f));
    }

    [Fact]
    public void Wrong_length_names_the_argument() =>
        Assert.Equal("rgbPlanes", Assert.Throws<ArgumentException>(() => ColourPlanes.Luma(new float[5], 1, 2)).ParamName);
}
