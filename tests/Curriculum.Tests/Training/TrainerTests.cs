using Curriculum.Tests.Support;
using Curriculum.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Tests.Training;

[Collection(TorchCollection.Name)]
public class TrainerTests
{
    /// <summary>
    /// 2-D points labelled by which side of the line x0 + x1 = 0 they are on, with a margin of 0.3 around the line,
    /// so a linear classifier can get every point right.
    /// </summary>
    private static (Tensor X, Tensor Y) SeparablePoints(int seed)
    {
        manual_seed(seed);
        using var scope = NewDisposeScope();
        var all = randn(400, 2);
        var side = all.sum(1);
        var keep = side.abs().gt(0.3).nonzero().squeeze(1);
        var x = all.index_select(0, keep);
        var y = side.index_select(0, keep).gt(0).to_type(ScalarType.Int64);
        return (x.MoveToOuterDisposeScope(), y.MoveToOuterDisposeScope());
    }

    private static Func<IReadOnlyDictionary<string, double>> Accuracy(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y) => () =>
    {
        var predicted = Predict.Classes(model, x);
        var actual = y.data<long>().ToArray();
        return new Dictionary<string, double> { ["val accuracy"] = predicted.Where((p, i) => p == actual[i]).Count() / (double)actual.Length };
    };

    private static Tensor CrossEntropy(Tensor logits, Tensor y) => nn.functional.cross_entropy(logits, y);

    [Fact]
    public void Learns_a_separable_problem_loss_falls_and_accuracy_reaches_1()
    {
        var (x, y) = SeparablePoints(seed: 1);
        using var _x = x;
        using var _y = y;
        manual_seed(2);
        using var model = nn.Linear(2, 2);
        using var optimizer = optim.SGD(model.parameters(), learningRate: 0.5);

        var history = Trainer.Fit(model, optimizer, CrossEntropy, x, y, Accuracy(model, x, y),
            new TrainOptions { Epochs = 15, BatchSize = 32, Seed = 3 });

        var loss = history.Series("train loss");
        Assert.Equal(15, history.Epochs.Count);
        Assert.Equal(Enumerable.Range(1, 15), history.Epochs.Select(e => e.Epoch));
        Assert.True(loss[^1] < loss[0] / 3, $"train loss {string.Join(", ", loss)}");
        Assert.Equal(1.0, history.Series("val accuracy").Max());
        Assert.Equal(1.0, history.AtBest("val accuracy"));
        Assert.Equal(1.0, Accuracy(model, x, y)()["val accuracy"]); // the restored model is the best one
        Assert.False(history.StoppedEarly);
        Assert.False(model.training);
        Assert.All(history.Epochs, e => Assert.True(e.Seconds >= 0));
    }

    [Fact]
    public void The_same_seeds_give_the_same_run()
    {
        double[] Run()
        {
            var (x, y) = SeparablePoints(seed: 1);
            using var _x = x;
            using var _y = y;
            manual_seed(2);
            using var model = nn.Linear(2, 2);
            using var optimizer = optim.SGD(model.parameters(), learningRate: 0.5);
            return Trainer.Fit(model, optimizer, CrossEntropy, x, y, Accuracy(model, x, y),
                new TrainOptions { Epochs = 3, BatchSize = 16, Seed = 9 }).Series("train loss");
        }

        Assert.Equal(Run(), Run());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Patience_stops_when_the_monitored_metric_cannot_improve(bool higherIsBetter)
    {
        var (x, y) = SeparablePoints(seed: 1);
        using var _x = x;
        using var _y = y;
        using var model = nn.Linear(2, 2);
        using var optimizer = optim.SGD(model.parameters(), learningRate: 0.1);
        var calls = 0;

        var history = Trainer.Fit(model, optimizer, CrossEntropy, x, y,
            () => { calls++; return new Dictionary<string, double> { ["val loss"] = 0.5 }; },
            new TrainOptions { Epochs = 10, BatchSize = 64, Monitor = "val loss", HigherIsBetter = higherIsBetter, Patience = 2 });

        // Epoch 1 sets the best; epochs 2 and 3 do not improve on it; patience 2 stops after epoch 3.
        Assert.True(history.StoppedEarly);
        Assert.Equal(3, history.Epochs.Count);
        Assert.Equal(3, calls);
        Assert.Equal(1, history.BestEpoch);
    }

    [Fact]
    public void Patience_counts_from_the_last_improvement()
    {
        var (x, y) = SeparablePoints(seed: 1);
        using var _x = x;
        using var _y = y;
        using var model = nn.Linear(2, 2);
        using var optimizer = optim.SGD(model.parameters(), learningRate: 0.1);
        double[] scores = [0.5, 0.6, 0.55, 0.7, 0.6, 0.6, 0.9, 0.9];
        var epoch = 0;

        var history = Trainer.Fit(model, optimizer, CrossEntropy, x, y,
            () => new Dictionary<string, double> { ["val accuracy"] = scores[epoch++] },
            new TrainOptions { Epochs = scores.Length, BatchSize = 64, Patience = 2 });

        // Best at 1, 2, then 4 (0.7); epochs 5 and 6 do not improve: stop after 6, before the 0.9.
        Assert.Equal(6, history.Epochs.Count);
        Assert.Equal(4, history.BestEpoch);
        Assert.Equal(0.7, history.AtBest("val accuracy"));
        Assert.True(history.StoppedEarly);
    }

    [Fact]
    public void Running_out_of_patience_on_the_last_epoch_is_not_an_early_stop()
    {
        var (x, y) = SeparablePoints(seed: 1);
        using var _x = x;
        using var _y = y;
        using var model = nn.Linear(2, 2);
        using var optimizer = optim.SGD(model.parameters(), learningRate: 0.1);

        var history = Trainer.Fit(model, optimizer, CrossEntropy, x, y,
            () => new Dictionary<string, double> { ["val accuracy"] = 0.5 },
            new TrainOptions { Epochs = 3, BatchSize = 64, Patience = 2 });

        Assert.Equal(3, history.Epochs.Count);
        Assert.False(history.StoppedEarly);
    }

    /// <summary>
    /// y = 2x fitted by w·x from w = 0, one full-batch SGD step per epoch: w climbs 0 → 2 and passes 1 on the way.
    /// The metric −|w − 1| is therefore best at an epoch in the middle.
    /// </summary>
    private static (TrainingHistory History, List<float> WeightAfterEpoch, float FinalWeight) FitTowardsTwo(bool restoreBest)
    {
        using var x = tensor(new float[] { 1, -1, 2, -2 }, [4, 1]); // mean x² = 2.5
        using var y = x * 2;
        using var model = nn.Linear(1, 1, hasBias: false);
        using (no_grad()) model.weight!.zero_();
        // MSE gradient: 2 (w − 2) · mean x² = 5 (w − 2); lr 0.05 moves w a quarter of the way to 2 each epoch:
        // w = 0.5, 0.875, 1.156, 1.367, ...: closest to 1 after epoch 2.
        using var optimizer = optim.SGD(model.parameters(), learningRate: 0.05);
        var weights = new List<float>();

        var history = Trainer.Fit(model, optimizer, (p, t) => nn.functional.mse_loss(p, t), x, y,
            () =>
            {
                var w = model.weight!.item<float>();
                weights.Add(w);
                return new Dictionary<string, double> { ["closeness"] = -Math.Abs(w - 1.0) };
            },
            new TrainOptions { Epochs = 6, BatchSize = 4, Monitor = "closeness", RestoreBest = restoreBest });
        return (history, weights, model.weight!.item<float>());
    }

    [Fact]
    public void RestoreBest_puts_back_exactly_the_best_epochs_weights()
    {
        var (history, weights, final) = FitTowardsTwo(restoreBest: true);

        Assert.Equal(0.5f, weights[0], 1e-6f);
        Assert.Equal(0.875f, weights[1], 1e-6f);
        Assert.Equal(2, history.BestEpoch);
        Assert.Equal(weights[1], final); // bit for bit
        Assert.Equal(history.AtBest("closeness"), -Math.Abs(final - 1.0));
        Assert.NotEqual(weights[^1], final);
    }

    [Fact]
    public void Without_RestoreBest_the_model_keeps_the_last_weights_and_BestEpoch_says_so()
    {
        var (history, weights, final) = FitTowardsTwo(restoreBest: false);

        Assert.Equal(weights[^1], final);
        Assert.Equal(6, history.BestEpoch);
    }

    [Fact]
    public void Native_tensors_do_not_outlive_the_run()
    {
        // The baseline is taken after creating data, model and optimizer: TorchSharp's own module constructors keep
        // extra tensor handles that their Dispose does not count down, which is not the trainer's doing.
        var (x, y) = SeparablePoints(seed: 1);
        using var _x = x;
        using var _y = y;
        manual_seed(2);
        using var model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2));
        using var optimizer = optim.Adam(model.parameters(), lr: 0.01);
        var evaluate = Accuracy(model, x, y);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = Tensor.TotalCount;

        // Every batch, loss, gradient view and best-epoch snapshot (RestoreBest) must be freed by the time Fit returns.
        var history = Trainer.Fit(model, optimizer, CrossEntropy, x, y, evaluate,
            new TrainOptions { Epochs = 4, BatchSize = 32, RestoreBest = true });
        var afterFit = Tensor.TotalCount;
        Trainer.Fit(model, optimizer, CrossEntropy, x, y, evaluate,
            new TrainOptions { Epochs = 3, BatchSize = 50, RestoreBest = false, Patience = 1 });
        var afterSecondFit = Tensor.TotalCount;

        Assert.True(history.BestEpoch > 1); // snapshots were taken more than once
        Assert.Equal(before, afterFit);
        Assert.Equal(before, afterSecondFit);
    }

    [Fact]
    public void A_missing_monitored_metric_is_an_argument_error_naming_what_was_returned()
    {
        var (x, y) = SeparablePoints(seed: 1);
        using var _x = x;
        using var _y = y;
        using var model = nn.Linear(2, 2);
        using var optimizer = optim.SGD(model.parameters(), learningRate: 0.1);

        var e = Assert.Throws<ArgumentException>(() => Trainer.Fit(model, optimizer, CrossEntropy, x, y,
            () => new Dictionary<string, double> { ["accuracy"] = 1, ["loss"] = 0 },
            new TrainOptions { Epochs = 2, Monitor = "val accuracy" }));

        Assert.Equal("evaluate", e.ParamName);
        Assert.Contains("\"val accuracy\"; it returned accuracy, loss", e.Message);
    }

    [Fact]
    public void Option_and_data_errors_name_the_parameter()
    {
        using var x = zeros(4, 2);
        using var y3 = zeros(3, dtype: int64);
        using var y4 = zeros(4, dtype: int64);
        using var model = nn.Linear(2, 2);
        using var optimizer = optim.SGD(model.parameters(), learningRate: 0.1);
        Func<IReadOnlyDictionary<string, double>> evaluate = () => new Dictionary<string, double> { ["val accuracy"] = 1 };

        Assert.Equal("y", Assert.Throws<ArgumentException>(() => Trainer.Fit(model, optimizer, CrossEntropy, x, y3, evaluate, new TrainOptions())).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => Trainer.Fit(model, optimizer, CrossEntropy, x, y4, evaluate, new TrainOptions { Epochs = 0 })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => Trainer.Fit(model, optimizer, CrossEntropy, x, y4, evaluate, new TrainOptions { Patience = 0 })).ParamName);
        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => Trainer.Fit(model, optimizer, CrossEntropy, x, y4, evaluate, new TrainOptions { BatchSize = 0 })).ParamName);
        Assert.Equal("evaluate", Assert.Throws<ArgumentNullException>(() => Trainer.Fit(model, optimizer, CrossEntropy, x, y4, null!, new TrainOptions())).ParamName);
    }

    [Fact]
    public void A_learning_rate_schedule_sets_the_rate_before_every_step()
    {
        var (x, y) = SeparablePoints(seed: 4);
        using var _x = x;
        using var _y = y;
        manual_seed(5);
        using var model = nn.Linear(2, 2);
        using var optimizer = optim.SGD(model.parameters(), learningRate: 0.5);
        var seen = new List<int>();

        Trainer.Fit(model, optimizer, CrossEntropy, x, y, Accuracy(model, x, y),
            new TrainOptions { Epochs = 2, BatchSize = 100, Seed = 6, LearningRate = step => { seen.Add(step); return 0.01 * (step + 1); } });

        var stepsPerEpoch = (int)((x.shape[0] + 99) / 100);
        Assert.Equal(Enumerable.Range(0, 2 * stepsPerEpoch), seen); // called once per step, counting across epochs
        Assert.Equal(0.01 * 2 * stepsPerEpoch, optimizer.ParamGroups.First().LearningRate, 12); // the last step's rate stays
    }
}
