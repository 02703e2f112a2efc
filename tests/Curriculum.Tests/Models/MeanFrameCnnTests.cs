using Curriculum.Models;
using Curriculum.Tests.Support;
using Curriculum.Vision;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class MeanFrameCnnTests
{
    [Fact]
    public void Maps_clips_to_logits_and_is_blind_to_frame_order()
    {
        manual_seed(1);
        using var model = new MeanFrameCnn();
        model.eval();
        using var x = rand(new long[] { 5, 1, 8, 16, 16 });
        using var reversed = x.flip(2);
        using var logits = model.call(x);
        using var logitsReversed = model.call(reversed);
        Assert.Equal(new long[] { 5, 4 }, logits.shape);
        Assert.True(logits.allclose(logitsReversed, rtol: 1e-4, atol: 1e-5)); // a clip played backwards looks the same
        // conv1 16*9+16 = 160, conv2 32*16*9+32 = 4,640, linear 512*4+4 = 2,052
        Assert.Equal(6_852, model.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void Wrong_shapes_and_arguments_are_named()
    {
        using var model = new MeanFrameCnn();
        using var x = zeros(2, 1, 16, 16);
        var e = Assert.Throws<ArgumentException>(() => model.call(x));
        Assert.Equal("input", e.ParamName);
        Assert.Contains("expected clips shaped [N, 1, T, 16, 16], got [2, 1, 16, 16]", e.Message);
        Assert.Equal("size", Assert.Throws<ArgumentOutOfRangeException>(() => new MeanFrameCnn(size: 10)).ParamName);
        Assert.Equal("classes", Assert.Throws<ArgumentOutOfRangeException>(() => new MeanFrameCnn(classes: 1)).ParamName);
    }

    [Fact]
    public void It_can_overfit_a_tiny_batch_of_one_axis_per_class()
    {
        // Horizontal vs vertical movers differ in their average frame, so this is learnable (left vs right is not).
        manual_seed(3);
        var clips = MovingShapes.Generate(16, seed: 3);
        var (x, y) = clips.ToTensors();
        using var _x = x;
        using var axis = y.div(2, rounding_mode: RoundingMode.floor); // 0 horizontal, 1 vertical
        y.Dispose();
        using var model = new MeanFrameCnn(classes: 2);
        using var optimizer = optim.Adam(model.parameters(), lr: 0.01);
        model.train();
        for (var step = 0; step < 100; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            nn.functional.cross_entropy(model.call(x), axis).backward();
            optimizer.step();
        }
        model.eval();
        using var predicted = model.call(x).argmax(1);
        Assert.Equal(axis.data<long>().ToArray(), predicted.data<long>().ToArray());
    }
}
