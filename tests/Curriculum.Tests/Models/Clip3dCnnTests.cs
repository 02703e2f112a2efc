using Curriculum.Models;
using Curriculum.Tests.Support;
using Curriculum.Vision;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class Clip3dCnnTests
{
    [Fact]
    public void Maps_clips_to_logits_and_sees_frame_order()
    {
        manual_seed(1);
        using var model = new Clip3dCnn();
        model.eval();
        using var x = rand(new long[] { 5, 1, 8, 16, 16 });
        using var reversed = x.flip(2);
        using var logits = model.call(x);
        using var logitsReversed = model.call(reversed);
        Assert.Equal(new long[] { 5, 4 }, logits.shape);
        Assert.False(logits.allclose(logitsReversed, rtol: 1e-4, atol: 1e-5));
        // conv1 8*27+8 = 224, conv2 16*8*27+16 = 3,472, linear 16*4+4 = 68
        Assert.Equal(3_764, model.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void Wrong_shapes_and_arguments_are_named()
    {
        using var model = new Clip3dCnn();
        using var x = zeros(2, 1, 16, 16);
        var e = Assert.Throws<ArgumentException>(() => model.call(x));
        Assert.Equal("input", e.ParamName);
        Assert.Contains("got [2, 1, 16, 16]", e.Message);
        Assert.Equal("channels1", Assert.Throws<ArgumentOutOfRangeException>(() => new Clip3dCnn(channels1: 0)).ParamName);
        Assert.Equal("channels2", Assert.Throws<ArgumentOutOfRangeException>(() => new Clip3dCnn(channels2: 0)).ParamName);
        Assert.Equal("classes", Assert.Throws<ArgumentOutOfRangeException>(() => new Clip3dCnn(classes: 1)).ParamName);
    }

    [Fact]
    public void It_can_overfit_a_tiny_batch_of_direction_labels()
    {
        manual_seed(3);
        var clips = MovingShapes.Generate(16, seed: 3);
        var (x, y) = clips.ToTensors();
        using var _x = x;
        using var _y = y;
        using var model = new Clip3dCnn();
        using var optimizer = optim.Adam(model.parameters(), lr: 0.01);
        model.train();
        for (var step = 0; step < 150; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            nn.functional.cross_entropy(model.call(x), y).backward();
            optimizer.step();
        }
        model.eval();
        using var predicted = model.call(x).argmax(1);
        Assert.Equal(y.data<long>().ToArray(), predicted.data<long>().ToArray());
    }
}
