using Curriculum.Models;
using Curriculum.Tests.Support;
using Curriculum.Vision;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class GridDetectorTests
{
    [Fact]
    public void Outputs_classes_plus_four_numbers_per_8_pixel_cell()
    {
        manual_seed(1);
        using var model = new GridDetector(classes: 3, channels: 16);
        model.eval();
        using var x = rand(2, 1, 48, 64);
        using var y = model.call(x);
        Assert.Equal(new long[] { 2, 7, 6, 8 }, y.shape);
        // stage1 1->16: 144 + 2304 + 64 = 2,512; stage2 16->32: 4608 + 9216 + 128 = 13,952;
        // stage3 32->64: 18432 + 36864 + 256 = 55,552; stage4 64->64: 36864 + 36864 + 256 = 73,984; head 64->7: 455.
        Assert.Equal(146_455, model.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void A_narrower_first_block_changes_only_its_own_and_the_next_block_input_weights()
    {
        using var model = new GridDetector(classes: 3, channels: 16, firstChannels: 8);
        // stage1 1->8: 72 + 576 + 32 = 680; stage2 8->32: 2304 + 9216 + 128 = 11,648; stages 3 and 4 and the head as above.
        Assert.Equal(680 + 11_648 + 55_552 + 73_984 + 455, model.parameters().Sum(p => p.numel()));
        model.eval();
        using var x = rand(1, 1, 48, 48);
        using var y = model.call(x);
        Assert.Equal(new long[] { 1, 7, 6, 6 }, y.shape);
    }

    [Fact]
    public void It_can_fit_the_boxes_of_a_few_scenes()
    {
        manual_seed(3);
        var flat = new Texture("flat", 128, 128, Enumerable.Range(0, 128 * 128).Select(i => (i * 7919 % 101) / 100f).ToArray());
        var dark = new Texture("dark", 128, 128, new float[128 * 128]);
        var scenes = TextureScenes.Generate(8, seed: 3, flat, [dark]);
        var grid = new CentreGrid(48, 8, 3);
        var (x, _) = TextureScenes.ToTensors(scenes);
        using var _x = x;
        using var target = grid.Encode(TextureScenes.Labels(scenes));
        using var model = new GridDetector(classes: 3, channels: 8);
        using var optimizer = optim.Adam(model.parameters(), lr: 0.01);
        model.train();
        for (var step = 0; step < 150; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            grid.Loss(model.call(x), target).backward();
            optimizer.step();
        }
        model.eval();
        using var output = model.call(x);
        var detections = Boxes.Nms(grid.Decode(output, 0.05));
        var map = Curriculum.Metrics.DetectionMetrics.MeanAveragePrecision(detections, TextureScenes.GroundTruths(scenes), 3).Map;
        Assert.True(map > 0.9, $"training mAP {map}");
    }

    [Fact]
    public void Wrong_shapes_and_arguments_are_named()
    {
        using var model = new GridDetector();
        using var x = zeros(1, 1, 44, 48);
        var e = Assert.Throws<ArgumentException>(() => model.call(x));
        Assert.Equal("input", e.ParamName);
        Assert.Contains("divisible by 8", e.Message);
        Assert.Equal("classes", Assert.Throws<ArgumentOutOfRangeException>(() => new GridDetector(classes: 0)).ParamName);
        Assert.Equal("channels", Assert.Throws<ArgumentOutOfRangeException>(() => new GridDetector(channels: 0)).ParamName);
        Assert.Equal("firstChannels", Assert.Throws<ArgumentOutOfRangeException>(() => new GridDetector(firstChannels: 0)).ParamName);
    }
}
