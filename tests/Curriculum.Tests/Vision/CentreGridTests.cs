using Curriculum.Tests.Support;
using Curriculum.Vision;
using static TorchSharp.torch;

namespace Curriculum.Tests.Vision;

[Collection(TorchCollection.Name)]
public class CentreGridTests
{
    private static readonly CentreGrid Grid = new(imageSize: 48, stride: 8, classes: 3);

    [Fact]
    public void Encode_puts_class_offsets_and_log_sizes_in_the_centre_cell()
    {
        // Centre (14, 21) -> cell (1, 2), offsets (14/8 - 1, 21/8 - 2) = (0.75, 0.625); size 12 x 6 -> log(1.5), log(0.75).
        IReadOnlyList<(int, Box)>[] objects = [[(2, Box.FromCentre(14, 21, 12, 6))]];
        using var t = Grid.Encode(objects);

        Assert.Equal(new long[] { 1, 8, 6, 6 }, t.shape);
        Assert.Equal(1f, t[0, 2, 2, 1].item<float>());
        Assert.Equal(1f, t.narrow(1, 0, 3).sum().item<float>()); // one positive in all class channels
        Assert.Equal(0.75f, t[0, 3, 2, 1].item<float>(), 5);
        Assert.Equal(0.625f, t[0, 4, 2, 1].item<float>(), 5);
        Assert.Equal((float)Math.Log(1.5), t[0, 5, 2, 1].item<float>(), 5);
        Assert.Equal((float)Math.Log(0.75), t[0, 6, 2, 1].item<float>(), 5);
        Assert.Equal(1f, t[0, 7].sum().item<float>());
    }

    [Fact]
    public void Decoding_the_perfect_output_gives_back_every_encoded_box()
    {
        var scenes = TextureScenes.Generate(20, seed: 1, new Texture("a", 128, 128, new float[128 * 128]), [new Texture("b", 128, 128, new float[128 * 128])]);
        using var target = Grid.Encode(TextureScenes.Labels(scenes));
        using var perfect = Grid.PerfectOutput(target);

        var decoded = Grid.Decode(perfect, minScore: 0.5, firstImage: 0);
        var truths = TextureScenes.GroundTruths(scenes);

        Assert.Equal(truths.Count, decoded.Count);
        foreach (var t in truths)
        {
            var d = Assert.Single(decoded, d => d.Image == t.Image && d.Class == t.Class && d.Box.Iou(t.Box) > 0.5);
            Assert.Equal(t.Box.X0, d.Box.X0, 0.01); // offsets of exactly 0 come back as 1e-4 of a cell
            Assert.Equal(t.Box.Y1, d.Box.Y1, 0.01);
            Assert.True(d.Score > 0.99);
        }
    }

    [Fact]
    public void Loss_is_small_for_the_perfect_output_and_larger_for_a_wrong_one()
    {
        IReadOnlyList<(int, Box)>[] objects = [[(0, new Box(4, 4, 20, 20)), (1, new Box(30, 30, 44, 40))]];
        using var target = Grid.Encode(objects);
        using var perfect = Grid.PerfectOutput(target);
        using var wrong = Grid.PerfectOutput(Grid.Encode([[(2, new Box(4, 4, 20, 20)), (1, new Box(28, 28, 44, 40))]]));

        using var good = Grid.Loss(perfect, target);
        using var bad = Grid.Loss(wrong, target);
        Assert.True(good.item<float>() < 0.01f, $"perfect loss {good.item<float>()}");
        Assert.True(bad.item<float>() > 10 * good.item<float>(), $"wrong {bad.item<float>()} vs perfect {good.item<float>()}");
    }

    [Fact]
    public void Decode_keeps_boxes_inside_the_image_and_numbers_images_from_firstImage()
    {
        using var output = zeros(2, 7, 6, 6);
        output[1, 0, 0, 0] = tensor(5f);        // class 0 in the top-left cell of image 1
        output[1, 5, 0, 0] = tensor(2f);        // width e^2 cells = 59 px: clipped to the image
        var d = Assert.Single(Grid.Decode(output, minScore: 0.9, firstImage: 7));
        Assert.Equal((8, 0), (d.Image, d.Class));
        Assert.Equal(0, d.Box.X0);
        Assert.True(d.Box.X1 <= 48);
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("imageSize", Assert.Throws<ArgumentOutOfRangeException>(() => new CentreGrid(50, 8, 3)).ParamName);
        Assert.Equal("stride", Assert.Throws<ArgumentOutOfRangeException>(() => new CentreGrid(48, 0, 3)).ParamName);
        Assert.Equal("classes", Assert.Throws<ArgumentOutOfRangeException>(() => new CentreGrid(48, 8, 0)).ParamName);
        var crowded = Assert.Throws<ArgumentException>(() => Grid.Encode([[(0, new Box(0, 0, 4, 4)), (1, new Box(2, 2, 6, 6))]]));
        Assert.Contains("two objects have their centre in cell (0, 0)", crowded.Message);
        Assert.Equal("objects", Assert.Throws<ArgumentOutOfRangeException>(() => Grid.Encode([[(3, new Box(0, 0, 4, 4))]])).ParamName);
        using var wrong = zeros(1, 5, 6, 6);
        Assert.Equal("output", Assert.Throws<ArgumentException>(() => Grid.Decode(wrong)).ParamName);
    }
}
