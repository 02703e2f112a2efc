using Curriculum.Vision;

namespace Curriculum.Tests.Vision;

public class SyntheticFacesTests
{
    private static double Distance(float[] a, float[] b) => Math.Sqrt(a.Zip(b, (x, y) => (double)(x - y) * (x - y)).Sum());

    private static (double X, double Y) DarkCentroid(float[] image, int size, float below)
    {
        double sx = 0, sy = 0, n = 0;
        for (var p = 0; p < image.Length; p++)
            if (image[p] < below) { sx += p % size; sy += p / size; n++; }
        return (sx / n, sy / n);
    }

    [Fact]
    public void The_same_seed_gives_the_same_images_and_another_seed_other_people()
    {
        var a = SyntheticFaces.Generate(5, 4, seed: 3);
        var b = SyntheticFaces.Generate(5, 4, seed: 3);
        var c = SyntheticFaces.Generate(5, 4, seed: 4);
        for (var i = 0; i < a.Count; i++) Assert.Equal(a.Pixels[i], b.Pixels[i]);
        Assert.Equal(a.Labels, b.Labels);
        Assert.NotEqual(SyntheticFaces.Identities(5, 3)[0], SyntheticFaces.Identities(5, 4)[0]);
        Assert.NotEqual(a.Pixels[0], c.Pixels[0]);
    }

    [Fact]
    public void Labels_group_the_photos_by_identity_and_pixels_stay_in_0_to_1()
    {
        var d = SyntheticFaces.Generate(7, 3, seed: 1, size: 24);
        Assert.Equal(Enumerable.Range(0, 7).SelectMany(id => Enumerable.Repeat(id, 3)), d.Labels);
        Assert.Equal((24, 24, 7, 1f), (d.Width, d.Height, d.ClassCount, d.MaxPixel));
        Assert.All(d.Pixels, p => Assert.All(p, v => Assert.InRange(v, 0f, 1f)));
    }

    [Fact]
    public void Without_variation_every_photo_of_a_person_is_identical_and_people_differ()
    {
        var d = SyntheticFaces.Generate(20, 3, seed: 2, variation: FaceVariation.None);
        for (var id = 0; id < 20; id++)
        {
            Assert.Equal(d.Pixels[id * 3], d.Pixels[id * 3 + 1]);
            Assert.Equal(d.Pixels[id * 3], d.Pixels[id * 3 + 2]);
        }
        for (var i = 0; i < 20; i++)
            for (var j = i + 1; j < 20; j++)
                Assert.True(Distance(d.Pixels[i * 3], d.Pixels[j * 3]) > 1, $"people {i} and {j} look (almost) the same");
    }

    [Fact]
    public void With_variation_photos_of_one_person_differ_but_are_closer_than_other_people_on_average_after_no_pose_change()
    {
        // Lighting, background, expression and noise only (no geometric change): a person's photos stay nearer each
        // other than to other people's, so identity survives the nuisance.
        var v = new FaceVariation(MaxShift: 0, MaxRotationDegrees: 0, MaxScale: 0, MaxLighting: 0.3, MaxExpression: 0.05, Noise: 0.05);
        var d = SyntheticFaces.Generate(30, 4, seed: 5, variation: v);
        double within = 0, between = 0;
        int nw = 0, nb = 0;
        for (var i = 0; i < d.Count; i++)
            for (var j = i + 1; j < d.Count; j++)
            {
                var dist = Distance(d.Pixels[i], d.Pixels[j]);
                Assert.True(dist > 0, $"photos {i} and {j} are identical");
                if (d.Labels[i] == d.Labels[j]) { within += dist; nw++; } else { between += dist; nb++; }
            }
        Assert.True(within / nw < between / nb, $"mean distance within a person {within / nw:0.00} is not below between people {between / nb:0.00}");
    }

    [Fact]
    public void A_shift_moves_the_dark_features_by_that_many_pixels()
    {
        var face = SyntheticFaces.Identities(1, 9)[0];
        var centred = SyntheticFaces.Render(face, FacePose.Neutral);
        var moved = SyntheticFaces.Render(face, FacePose.Neutral with { Dx = 3, Dy = -2 });
        var (x0, y0) = DarkCentroid(centred, 32, 0.3f);
        var (x1, y1) = DarkCentroid(moved, 32, 0.3f);
        Assert.Equal(3, x1 - x0, 0.6);
        Assert.Equal(-2, y1 - y0, 0.6);
    }

    [Fact]
    public void Eyes_are_dark_on_a_lighter_face_and_a_lighting_gradient_brightens_one_side()
    {
        var face = SyntheticFaces.Identities(1, 11)[0];
        var image = SyntheticFaces.Render(face, FacePose.Neutral);
        int At(double x, double y) => (int)Math.Floor((y + 1) * 16) * 32 + (int)Math.Floor((x + 1) * 16);
        var eye = image[At(face.EyeSpacing, face.EyeHeight)];
        var cheek = image[At(face.EyeSpacing, (face.EyeHeight + face.MouthHeight) / 2 + 0.02)];
        Assert.True(eye < 0.2f && cheek > eye + 0.3f, $"eye {eye}, cheek {cheek}");
        Assert.Equal((float)face.SkinTone, cheek, 0.15f);

        // Light from the right (angle 0): the right half of the image gets brighter than the left, relative to flat light.
        var lit = SyntheticFaces.Render(face, FacePose.Neutral with { LightStrength = 0.4 });
        double Half(float[] img, bool right) => Enumerable.Range(0, 32 * 32).Where(p => (p % 32 >= 16) == right).Average(p => (double)img[p]);
        Assert.True(Half(lit, true) - Half(image, true) > 0.05 && Half(lit, false) < Half(image, false),
            $"right {Half(lit, true):0.000} vs {Half(image, true):0.000}; left {Half(lit, false):0.000} vs {Half(image, false):0.000}");
    }

    [Fact]
    public void Bad_arguments_name_the_argument()
    {
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticFaces.Identities(0, 1)).ParamName);
        Assert.Equal("imagesPerIdentity", Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticFaces.Generate(2, 0, 1)).ParamName);
        Assert.Equal("size", Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticFaces.Render(SyntheticFaces.Identities(1, 1)[0], FacePose.Neutral, 4)).ParamName);
        Assert.Equal("pose", Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticFaces.Render(SyntheticFaces.Identities(1, 1)[0], FacePose.Neutral with { Scale = 0 })).ParamName);
    }
}
