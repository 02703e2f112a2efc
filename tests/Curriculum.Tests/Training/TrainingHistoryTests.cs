using Curriculum.Training;

namespace Curriculum.Tests.Training;

public class TrainingHistoryTests
{
    /// <summary>A history of epochs (train loss, val accuracy, val loss), 2 seconds each.</summary>
    internal static TrainingHistory Make(int bestEpoch, params (double Loss, double ValAccuracy, double ValLoss)[] epochs)
    {
        var history = new TrainingHistory();
        for (var i = 0; i < epochs.Length; i++)
            history.Add(new EpochRecord(i + 1, epochs[i].Loss,
                new Dictionary<string, double> { ["val accuracy"] = epochs[i].ValAccuracy, ["val loss"] = epochs[i].ValLoss }, 2));
        history.BestEpoch = bestEpoch;
        return history;
    }

    [Fact]
    public void Series_returns_train_loss_and_evaluation_metrics_in_epoch_order()
    {
        var h = Make(bestEpoch: 2, (0.9, 0.80, 0.5), (0.5, 0.90, 0.4), (0.3, 0.85, 0.45));

        Assert.Equal([0.9, 0.5, 0.3], h.Series("train loss"));
        Assert.Equal([0.80, 0.90, 0.85], h.Series("val accuracy"));
        Assert.Equal([0.5, 0.4, 0.45], h.Series("val loss"));
        Assert.Equal(3, h.Epochs.Count);
        Assert.Equal(6.0, h.TotalSeconds);
    }

    [Fact]
    public void AtBest_reads_the_metric_at_the_best_epoch()
    {
        var h = Make(bestEpoch: 2, (0.9, 0.80, 0.5), (0.5, 0.90, 0.4), (0.3, 0.85, 0.45));

        Assert.Equal(0.90, h.AtBest("val accuracy"));
        Assert.Equal(0.5, h.AtBest("train loss"));
    }

    [Fact]
    public void An_unknown_metric_lists_the_recorded_ones()
    {
        var h = Make(bestEpoch: 1, (0.9, 0.8, 0.5));

        var e = Assert.Throws<ArgumentException>(() => h.Series("accuracy"));
        Assert.Equal("metric", e.ParamName);
        Assert.Contains("no metric \"accuracy\"; recorded: train loss, val accuracy, val loss", e.Message);
        Assert.Throws<ArgumentException>(() => h.AtBest("accuracy"));
    }

    [Fact]
    public void A_new_history_is_empty()
    {
        var h = new TrainingHistory();
        Assert.Empty(h.Epochs);
        Assert.Empty(h.Series("train loss"));
        Assert.Equal((0, false, 0.0), (h.BestEpoch, h.StoppedEarly, h.TotalSeconds));
    }
}
