using Curriculum.Tests.Support;
using Curriculum.Vision;

namespace Curriculum.Tests.Vision;

[Collection(TorchCollection.Name)]
public class TextureScenesTests
{
    private static Texture Flat(string name, float value, int size = 128) => new(name, size, size, Enumerable.Repeat(value, size * size).ToArray());

    /// <summary>A texture whose grey level encodes the row it came from: row / height.</summary>
    private static Texture Rows(string name, int size = 128) =>
        new(name, size, size, Enumerable.Range(0, size * size).Select(i => (float)(i / size) / size).ToArray());

    private static readonly SceneOptions Exact = new() { BrightnessJitter = 0, ContrastJitter = 0, Noise = 0 };

    [Fact]
    public void Masks_are_exact_object_pixels_come_from_the_foreground_and_the_rest_from_the_background()
    {
        // No jitter: a flat background crop is re-centred to exactly 0.5; the busy foreground shows where the objects are.
        var scenes = TextureScenes.Generate(50, seed: 1, Rows("rows"), [Flat("flat", 0.3f)], Exact);

        foreach (var s in scenes)
        {
            Assert.Equal(s.Size * s.Size, s.Pixels.Length);
            for (var p = 0; p < s.Pixels.Length; p++)
                if (!s.Mask[p]) Assert.Equal(0.5f, s.Pixels[p], 5); // flat background re-centred to mean 0.5
            var union = new bool[s.Mask.Length];
            foreach (var o in s.Objects) for (var p = 0; p < union.Length; p++) union[p] |= o.Mask[p];
            Assert.Equal(union, s.Mask);
            Assert.Equal(("rows", "flat"), (s.Foreground, s.Background));
        }
    }

    [Fact]
    public void Shapes_have_the_right_form_and_their_boxes_are_tight()
    {
        var scenes = TextureScenes.Generate(200, seed: 2, Flat("a", 0.2f), [Flat("b", 0.8f)]);
        foreach (var o in scenes.SelectMany(s => s.Objects))
        {
            var area = o.Mask.Count(m => m);
            Assert.Equal(o.Box, TextureScenes.TightBox(o.Mask, 48));
            var fill = area / o.Box.Area;
            switch (o.Kind)
            {
                case ShapeKind.Square: Assert.Equal(1.0, fill); Assert.Equal(o.Box.Width, o.Box.Height); break;
                case ShapeKind.Disc: Assert.InRange(fill, 0.70, 0.86); break;     // pi/4 = 0.785 for a round disc
                case ShapeKind.Triangle: Assert.InRange(fill, 0.40, 0.62); break; // 1/2 for a triangle
            }
            Assert.InRange(Math.Max(o.Box.Width, o.Box.Height), 12 - 2, 20); // default sides 12..20 (a disc may lose an edge row)
        }
        Assert.All(Enum.GetValues<ShapeKind>(), k => Assert.Contains(scenes.SelectMany(s => s.Objects), o => o.Kind == k));
    }

    [Fact]
    public void Objects_never_touch_and_counts_stay_in_range()
    {
        var scenes = TextureScenes.Generate(200, seed: 3, Flat("a", 0.2f), [Flat("b", 0.8f)], new SceneOptions { MinObjects = 1, MaxObjects = 3 });
        foreach (var s in scenes)
        {
            Assert.InRange(s.Objects.Count, 1, 3);
            for (var i = 0; i < s.Objects.Count; i++)
                for (var j = i + 1; j < s.Objects.Count; j++)
                {
                    var (a, b) = (s.Objects[i].Box, s.Objects[j].Box);
                    var gapX = Math.Max(a.X0, b.X0) - Math.Min(a.X1, b.X1);
                    var gapY = Math.Max(a.Y0, b.Y0) - Math.Min(a.Y1, b.Y1);
                    Assert.True(gapX >= 1 || gapY >= 1, $"objects {a} and {b} touch");
                }
        }
        Assert.Contains(scenes, s => s.Objects.Count == 3);
    }

    [Fact]
    public void Training_scenes_copy_only_the_top_rows_and_held_out_scenes_only_the_bottom_strip()
    {
        // Foreground texture: flat 0 in rows 0..79, a ramp across columns in rows 80..127 (the held-out strip of a
        // 128-row texture for 48-pixel scenes is max(48, 128/4) = 48 rows). Without jitter or noise a flat crop becomes
        // exactly 0.5 everywhere, so a training scene is uniformly 0.5, and a held-out scene shows the ramp in its objects.
        Assert.Equal(48, TextureScenes.HeldOutRows(Flat("t", 0), 48));
        Assert.Equal(64, TextureScenes.HeldOutRows(Flat("t", 0, 256), 48));
        var marked = new Texture("marked", 128, 128, Enumerable.Range(0, 128 * 128).Select(i => i / 128 >= 80 ? (i % 128) / 128f : 0f).ToArray());
        var train = TextureScenes.Generate(40, seed: 5, marked, [Flat("b", 0.5f)], Exact);
        var test = TextureScenes.Generate(40, seed: 5, marked, [Flat("b", 0.5f)], Exact with { Part = TexturePart.HeldOut });

        Assert.All(train, s => Assert.All(s.Pixels, v => Assert.Equal(0.5f, v, 5)));
        Assert.All(test, s => Assert.True(s.Pixels.Max() - s.Pixels.Min() > 0.05f, "a held-out scene shows no ramp"));
    }

    [Fact]
    public void The_same_seed_gives_the_same_scenes_and_jitter_changes_region_brightness()
    {
        var grass = Texture.Load("images/grass.png");
        var brick = Texture.Load("images/brick.png");
        var a = TextureScenes.Generate(20, seed: 6, brick, [grass]);
        var b = TextureScenes.Generate(20, seed: 6, brick, [grass]);
        var c = TextureScenes.Generate(20, seed: 7, brick, [grass]);

        Assert.Equal(a.Select(s => s.Pixels), b.Select(s => s.Pixels));
        Assert.NotEqual(a.Select(s => s.Pixels), c.Select(s => s.Pixels));
        // Region means spread over 0.5 +- 0.1: not all scenes have the same background level.
        var means = a.Select(s => Enumerable.Range(0, s.Pixels.Length).Where(p => !s.Mask[p]).Average(p => s.Pixels[p])).ToArray();
        Assert.True(means.Max() - means.Min() > 0.05, string.Join(", ", means));
        Assert.All(means, m => Assert.InRange(m, 0.38, 0.62));
    }

    [Fact]
    public void Tensors_labels_and_ground_truths_carry_the_scenes()
    {
        var scenes = TextureScenes.Generate(3, seed: 8, Flat("a", 0.2f), [Flat("b", 0.8f)]);
        var (x, y) = TextureScenes.ToTensors(scenes);
        using var _x = x;
        using var _y = y;

        Assert.Equal(new long[] { 3, 1, 48, 48 }, x.shape);
        Assert.Equal(scenes[1].Pixels, x[1, 0].flatten().data<float>().ToArray());
        Assert.Equal(scenes[2].Mask.Select(m => m ? 1f : 0f), y[2, 0].flatten().data<float>().ToArray());
        var truths = TextureScenes.GroundTruths(scenes, firstImage: 10);
        Assert.Equal(scenes.Sum(s => s.Objects.Count), truths.Count);
        Assert.Equal(new GroundTruth(10, (int)scenes[0].Objects[0].Kind, scenes[0].Objects[0].Box), truths[0]);
        Assert.Equal(scenes[2].Objects.Select(o => ((int)o.Kind, o.Box)), TextureScenes.Labels(scenes)[2]);
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        var t = Flat("a", 0.5f);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => TextureScenes.Generate(0, 1, t, [t])).ParamName);
        Assert.Equal("backgrounds", Assert.Throws<ArgumentException>(() => TextureScenes.Generate(1, 1, t, [])).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => TextureScenes.Generate(1, 1, t, [t], new SceneOptions { MinSide = 30, MaxSide = 20 })).ParamName);
        var small = Assert.Throws<ArgumentException>(() => TextureScenes.Generate(1, 1, t, [Flat("tiny", 0.5f, 64)]));
        Assert.Contains("tiny (64x64) is too small", small.Message);
        Assert.Equal("mask", Assert.Throws<ArgumentException>(() => TextureScenes.TightBox(new bool[16], 4)).ParamName);
    }
}
