using Curriculum.Data;
using Curriculum.Models;
using Curriculum.Tests.Support;
using Curriculum.Training;
using static TorchSharp.torch;

namespace Curriculum.Tests.Training;

[Collection(TorchCollection.Name)]
public class SpeedRunTests
{
    // A tiny problem anyone can learn: class 1 has ink in the left column of a 2x2 image, class 0 in the right column.
    private static ImageDataset Toy(int count, int seed)
    {
        var rng = new Random(seed);
        var labels = Enumerable.Range(0, count).Select(i => i % 2).ToArray();
        var pixels = labels.Select(l =>
        {
            var a = (float)(8 + 8 * rng.NextDouble());
            var b = (float)(8 + 8 * rng.NextDouble());
            return l == 1 ? new[] { a, 0f, b, 0f } : new[] { 0f, a, 0f, b };
        }).ToArray();
        return new ImageDataset(pixels, labels, 2, 2, 2, 16);
    }

    private static (SpeedRunResult Result, float[] Weights) Train(SpeedOptions options)
    {
        manual_seed(4);
        using var model = new Mlp(4, [8], 2);
        using var optimizer = optim.SGD(model.parameters(), 0.1);
        var result = SpeedRun.Run(model, optimizer, Toy(64, 1), Toy(32, 2), options);
        return (result, model.parameters().SelectMany(p => p.detach().data<float>().ToArray()).ToArray());
    }

    [Fact]
    public void Learns_an_easy_problem_and_stops_at_the_target()
    {
        var (result, _) = Train(new SpeedOptions { BatchSize = 8, MaxSteps = 400, EvaluateEvery = 4, TargetAccuracy = 1.0, Seed = 1 });

        Assert.Equal(1.0, result.FinalAccuracy);
        Assert.True(result.Steps < 400, $"took {result.Steps} steps");
        Assert.Equal(result.Points[^1].Seconds, result.SecondsTo(1.0));
        Assert.Equal(result.Steps * 8L, result.Examples);
        Assert.All(result.Points, p => Assert.Equal(0, p.Step % 4));
        Assert.Equal(result.Points.Select(p => p.Seconds).Order(), result.Points.Select(p => p.Seconds));
        Assert.True(result.ExamplesPerSecond > 0);
    }

    [Fact]
    public void Without_a_target_it_runs_MaxSteps_and_evaluates_at_the_end()
    {
        var (result, _) = Train(new SpeedOptions { BatchSize = 10, MaxSteps = 13, EvaluateEvery = 0, Seed = 1 });

        Assert.Equal(13, result.Steps);
        Assert.Equal(64 + 6 * 10, result.Examples); // one epoch of 64 (six batches of 10, one of 4), then six batches of 10
        Assert.Single(result.Points);
        Assert.Null(result.SecondsTo(1.01));
    }

    [Fact]
    public void Batches_built_from_arrays_train_exactly_like_prepared_tensors()
    {
        var options = new SpeedOptions { BatchSize = 8, MaxSteps = 20, EvaluateEvery = 5, Seed = 3 };
        var (tensors, w1) = Train(options);
        var (arrays, w2) = Train(options with { BatchesFromArrays = true });

        Assert.Equal(w1, w2);
        Assert.Equal(tensors.Points.Select(p => p.Accuracy), arrays.Points.Select(p => p.Accuracy));
    }

    [Fact]
    public void The_schedule_sets_the_learning_rate_of_every_step()
    {
        manual_seed(4);
        using var model = new Mlp(4, [8], 2);
        using var optimizer = optim.SGD(model.parameters(), 0.1);
        var asked = new List<int>();

        SpeedRun.Run(model, optimizer, Toy(16, 1), Toy(8, 2), new SpeedOptions
        {
            BatchSize = 4, MaxSteps = 6, EvaluateEvery = 0,
            LearningRate = step => { asked.Add(step); return 0.5 / (step + 1); },
        });

        Assert.Equal(new[] { 0, 1, 2, 3, 4, 5 }, asked);
        Assert.Equal(0.5 / 6, optimizer.ParamGroups.First().LearningRate, 12);
    }

    [Fact]
    public void A_zero_learning_rate_leaves_the_weights_alone()
    {
        manual_seed(4);
        using var model = new Mlp(4, [8], 2);
        var before = model.parameters().SelectMany(p => p.detach().data<float>().ToArray()).ToArray();
        using var optimizer = optim.SGD(model.parameters(), 0.1);

        SpeedRun.Run(model, optimizer, Toy(16, 1), Toy(8, 2), new SpeedOptions { BatchSize = 4, MaxSteps = 5, LearningRate = _ => 0 });

        Assert.Equal(before, model.parameters().SelectMany(p => p.detach().data<float>().ToArray()).ToArray());
    }

    [Fact]
    public void Bad_options_are_named()
    {
        using var model = new Mlp(4, [8], 2);
        using var optimizer = optim.SGD(model.parameters(), 0.1);
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() =>
            SpeedRun.Run(model, optimizer, Toy(4, 1), Toy(4, 2), new SpeedOptions { BatchSize = 0 })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() =>
            SpeedRun.Run(model, optimizer, Toy(4, 1), Toy(4, 2), new SpeedOptions { MaxSteps = 0 })).ParamName);
        Assert.Equal("train", Assert.Throws<ArgumentException>(() =>
            SpeedRun.Run(model, optimizer, new ImageDataset([], [], 2, 2, 2, 16), Toy(4, 2), new SpeedOptions())).ParamName);
    }
}
