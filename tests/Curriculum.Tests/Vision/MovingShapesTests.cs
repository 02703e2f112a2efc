using Curriculum.Tests.Support;
using Curriculum.Vision;

namespace Curriculum.Tests.Vision;

[Collection(TorchCollection.Name)]
public class MovingShapesTests
{
    // Centre of the lit pixels of one noise-free frame.
    private static (double X, double Y) Centroid(float[] frame, int size)
    {
        double sx = 0, sy = 0, n = 0;
        for (var p = 0; p < frame.Length; p++)
            if (frame[p] > 0) { sx += p % size; sy += p / size; n++; }
        Assert.True(n > 0, "an empty frame");
        return (sx / n, sy / n);
    }

    [Fact]
    public void Without_noise_every_shape_moves_in_its_labelled_direction_and_only_along_that_axis()
    {
        var clips = MovingShapes.Generate(400, seed: 1, noise: 0);
        for (var i = 0; i < clips.Count; i++)
        {
            var path = Enumerable.Range(0, clips.Frames).Select(t => Centroid(clips.Frame(i, t), clips.Size)).ToArray();
            var (dx, dy) = clips.Labels[i] switch { 0 => (-1, 0), 1 => (1, 0), 2 => (0, -1), _ => (0, 1) };
            for (var t = 1; t < clips.Frames; t++)
            {
                var stepX = path[t].X - path[t - 1].X;
                var stepY = path[t].Y - path[t - 1].Y;
                Assert.True(stepX * dx >= 0 && stepY * dy >= 0, $"clip {i} ({MovingShapes.Directions[clips.Labels[i]]}) stepped backwards at frame {t}");
                if (dx == 0) Assert.Equal(0, stepX, 9); else Assert.Equal(0, stepY, 9);
            }
            var travel = (path[^1].X - path[0].X) * dx + (path[^1].Y - path[0].Y) * dy;
            Assert.InRange(travel, 3, 11); // 0.5–1.5 px per frame over 7 steps, rounded
        }
    }

    [Fact]
    public void With_noise_the_brightness_weighted_centre_still_moves_the_labelled_way()
    {
        var clips = MovingShapes.Generate(200, seed: 2);
        var right = 0;
        for (var i = 0; i < clips.Count; i++)
        {
            var first = Centroid(clips.Frame(i, 0).Select(v => v > 0.4f ? v : 0).ToArray(), clips.Size);
            var last = Centroid(clips.Frame(i, clips.Frames - 1).Select(v => v > 0.4f ? v : 0).ToArray(), clips.Size);
            var (dx, dy) = clips.Labels[i] switch { 0 => (-1, 0), 1 => (1, 0), 2 => (0, -1), _ => (0, 1) };
            if ((last.X - first.X) * dx + (last.Y - first.Y) * dy > 1) right++;
        }
        Assert.True(right >= 190, $"only {right} of 200 noisy clips move the labelled way");
    }

    [Fact]
    public void The_same_seed_gives_the_same_clips_and_another_seed_different_ones()
    {
        var a = MovingShapes.Generate(20, seed: 5);
        var b = MovingShapes.Generate(20, seed: 5);
        var c = MovingShapes.Generate(20, seed: 6);
        Assert.Equal(a.Labels, b.Labels);
        for (var i = 0; i < 20; i++) Assert.Equal(a.Pixels[i], b.Pixels[i]);
        Assert.NotEqual(a.Pixels[0], c.Pixels[0]);
    }

    [Fact]
    public void Classes_are_balanced_and_shuffled()
    {
        var clips = MovingShapes.Generate(400, seed: 3);
        Assert.All(Enumerable.Range(0, 4), k => Assert.Equal(100, clips.Labels.Count(l => l == k)));
        Assert.NotEqual(Enumerable.Range(0, 400).Select(i => i % 4), clips.Labels);
    }

    [Fact]
    public void Opposite_directions_have_the_same_average_frame_on_average()
    {
        // The property that makes frame averaging blind to the sign of the motion.
        var clips = MovingShapes.Generate(4000, seed: 4, noise: 0);
        double MeanColumn(int label) => Enumerable.Range(0, clips.Count).Where(i => clips.Labels[i] == label)
            .Average(i => Enumerable.Range(0, clips.Frames).Average(t => Centroid(clips.Frame(i, t), clips.Size).X));
        Assert.Equal(MeanColumn(0), MeanColumn(1), 0.3);
    }

    [Fact]
    public void Tensors_are_N_1_T_H_W_and_hold_the_pixels()
    {
        var clips = MovingShapes.Generate(3, seed: 7, frames: 8, size: 16);
        var (x, y) = clips.ToTensors();
        using var _x = x;
        using var _y = y;
        Assert.Equal(new long[] { 3, 1, 8, 16, 16 }, x.shape);
        Assert.Equal(clips.Labels.Select(l => (long)l), y.data<long>().ToArray());
        Assert.Equal(clips.Frame(2, 5)[37], x[2, 0, 5, 2, 5].item<float>());
    }

    [Fact]
    public void Bad_arguments_name_the_argument()
    {
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => MovingShapes.Generate(0, 1)).ParamName);
        Assert.Equal("frames", Assert.Throws<ArgumentOutOfRangeException>(() => MovingShapes.Generate(4, 1, frames: 1)).ParamName);
        Assert.Equal("size", Assert.Throws<ArgumentOutOfRangeException>(() => MovingShapes.Generate(4, 1, size: 12)).ParamName);
        Assert.Equal("noise", Assert.Throws<ArgumentOutOfRangeException>(() => MovingShapes.Generate(4, 1, noise: -1)).ParamName);
        Assert.Equal("t", Assert.Throws<ArgumentOutOfRangeException>(() => MovingShapes.Generate(4, 1).Frame(0, 8)).ParamName);
    }
}
