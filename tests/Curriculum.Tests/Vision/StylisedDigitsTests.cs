using Curriculum.Data;
using Curriculum.Vision;

namespace Curriculum.Tests.Vision;

public class StylisedDigitsTests
{
    private static ImageDataset OneDigit(float[] pixels, int label = 3) => new([pixels], [label], 8, 8, 10, 16f);

    [Fact]
    public void Upsampling_matches_bilinear_interpolation_with_centred_pixels()
    {
        // 2x1 image [0, 4] → 4x2: sample points at x = -0.25, 0.25, 0.75, 1.25 → clamped 0, 0.25, 0.75, 1 → 0, 1, 3, 4.
        Assert.Equal(new float[] { 0, 1, 3, 4, 0, 1, 3, 4 }, StylisedDigits.Upsample([0, 4], 2, 1, 2));
        var constant = Enumerable.Repeat(0.7f, 64).ToArray();
        Assert.All(StylisedDigits.Upsample(constant, 8, 8, 2), v => Assert.Equal(0.7f, v, 6));
        Assert.Equal(new float[] { 1, 2, 3, 4 }, StylisedDigits.Upsample([1, 2, 3, 4], 2, 2, 1));
        Assert.Equal("pixels", Assert.Throws<ArgumentException>(() => StylisedDigits.Upsample([1, 2, 3], 2, 2, 2)).ParamName);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => StylisedDigits.Upsample([1], 1, 1, 0)).ParamName);
    }

    [Fact]
    public void Dilation_turns_one_pixel_into_a_3x3_block_clipped_at_the_border()
    {
        var image = new float[25];
        image[2 * 5 + 2] = 1;
        image[0] = 0.5f;
        var d = StylisedDigits.Dilate(image, 5, 5);
        for (var r = 0; r < 5; r++)
            for (var c = 0; c < 5; c++)
            {
                var expected = r is >= 1 and <= 3 && c is >= 1 and <= 3 ? 1f : r <= 1 && c <= 1 ? 0.5f : 0f;
                Assert.Equal(expected, d[r * 5 + c]);
            }
    }

    [Fact]
    public void Plain_is_the_upsampled_digit_in_0_to_1()
    {
        var digits = Datasets.Digits().Subset([0, 1, 2]);
        var plain = StylisedDigits.Plain(digits);
        Assert.Equal((16, 16, 1f), (plain.Width, plain.Height, plain.MaxPixel));
        Assert.Equal(digits.Labels, plain.Labels);
        // Bilinear ×2 keeps the mean ink (up to the border clamping), scaled from 0..16 to 0..1.
        Assert.Equal(digits.Pixels[0].Average() / 16, plain.Pixels[0].Average(), 0.03);
    }

    [Fact]
    public void Stylised_digits_have_dark_thick_strokes_on_a_striped_light_background()
    {
        var digits = Datasets.Digits().Subset(Enumerable.Range(0, 50).ToArray());
        var plain = StylisedDigits.Plain(digits);
        var styled = StylisedDigits.Generate(digits, seed: 1, noise: 0);
        Assert.Equal(digits.Labels, styled.Labels);
        for (var i = 0; i < digits.Count; i++)
        {
            // Ink pixels: > 0.5 in plain A; < 0.5 in B. B has more of them (thicker strokes) and they cover A's strokes.
            var inkA = Enumerable.Range(0, 256).Where(p => plain.Pixels[i][p] > 0.5f).ToArray();
            var inkB = Enumerable.Range(0, 256).Where(p => styled.Pixels[i][p] < 0.5f).ToArray();
            Assert.True(inkB.Length > inkA.Length, $"digit {i}: {inkB.Length} dark pixels in B vs {inkA.Length} ink pixels in A");
            Assert.True(inkA.All(p => styled.Pixels[i][p] < 0.5f), $"digit {i}: B does not cover A's strokes");
            // Where A has no ink nearby (the whole background), B alternates between the two stripe levels along a row.
            var background = Enumerable.Range(0, 256).Where(p => StylisedDigits.Dilate(plain.Pixels[i], 16, 16)[p] == 0).ToArray();
            Assert.All(background, p => Assert.Contains(styled.Pixels[i][p], new[] { StylisedDigits.LightStripe, StylisedDigits.DarkStripe }));
            Assert.Contains(background, p => styled.Pixels[i][p] == StylisedDigits.DarkStripe);
            Assert.Contains(background, p => styled.Pixels[i][p] == StylisedDigits.LightStripe);
        }
    }

    [Fact]
    public void Stripes_are_diagonal_with_period_4_and_a_seeded_phase()
    {
        var blank = OneDigit(new float[64]);
        var a = StylisedDigits.Generate(blank, seed: 5, noise: 0).Pixels[0];
        for (var r = 0; r < 16; r++)
            for (var c = 0; c < 16; c++)
            {
                Assert.Equal(a[r * 16 + c], a[((r + 1) % 16) * 16 + (c + 15) % 16]); // constant along anti-diagonals
                if (c + 4 < 16) Assert.Equal(a[r * 16 + c], a[r * 16 + c + 4]);      // period 4 along a row
            }
        Assert.Equal(a, StylisedDigits.Generate(blank, seed: 5, noise: 0).Pixels[0]);
        var phases = Enumerable.Range(0, 20).Select(s => StylisedDigits.Generate(blank, seed: s, noise: 0).Pixels[0][0]).Distinct().Count();
        Assert.Equal(2, phases); // both stripe levels occur at the corner across seeds
    }

    [Fact]
    public void Refuses_images_that_are_not_8x8()
    {
        var wrong = new ImageDataset([new float[256]], [0], 16, 16, 10, 1f);
        Assert.Equal("digits", Assert.Throws<ArgumentException>(() => StylisedDigits.Generate(wrong, 1)).ParamName);
        Assert.Equal("noise", Assert.Throws<ArgumentOutOfRangeException>(() => StylisedDigits.Generate(OneDigit(new float[64]), 1, noise: -1)).ParamName);
    }
}
