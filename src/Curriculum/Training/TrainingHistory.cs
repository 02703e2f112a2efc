namespace Curriculum.Training;

/// <summary>What happened in one epoch: mean training loss, the evaluation metrics, and the time it took.</summary>
public sealed record EpochRecord(int Epoch, double TrainLoss, IReadOnlyDictionary<string, double> Metrics, double Seconds);

/// <summary>The record of a training run, epoch by epoch, and where early stopping found the best model. Introduced in lesson 02.</summary>
public sealed class TrainingHistory
{
    private readonly List<EpochRecord> _epochs = new();

    public IReadOnlyList<EpochRecord> Epochs => _epochs;

    /// <summary>The 1-based epoch whose weights the model holds at the end (the best one when early stopping restores it).</summary>
    public int BestEpoch { get; internal set; }

    /// <summary>True when training stopped before the epoch budget because the monitored metric stopped improving.</summary>
    public bool StoppedEarly { get; internal set; }

    public double TotalSeconds => _epochs.Sum(e => e.Seconds);

    internal void Add(EpochRecord record) => _epochs.Add(record);

    /// <summary>One metric over epochs ("train loss" or any metric name the evaluation returned).</summary>
    public double[] Series(string metric)
    {
        if (metric == "train loss") return _epochs.Select(e => e.TrainLoss).ToArray();
        if (_epochs.Count > 0 && !_epochs[0].Metrics.ContainsKey(metric))
            throw new ArgumentException($"no metric \"{metric}\"; recorded: train loss, {string.Join(", ", _epochs[0].Metrics.Keys)}", nameof(metric));
        return _epochs.Select(e => e.Metrics[metric]).ToArray();
    }

    /// <summary>A metric's value at <see cref="BestEpoch"/>.</summary>
    public double AtBest(string metric) => Series(metric)[BestEpoch - 1];
}
