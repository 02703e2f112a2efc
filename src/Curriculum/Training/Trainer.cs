using System.Diagnostics;
using Curriculum.Display;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Training;

/// <summary>Settings for <see cref="Trainer.Fit"/>. Introduced in lesson 02.</summary>
public sealed record TrainOptions
{
    public int Epochs { get; init; } = 10;
    public int BatchSize { get; init; } = 64;
    public int Seed { get; init; } = 0;

    /// <summary>The evaluation metric that decides the best epoch (and early stopping).</summary>
    public string Monitor { get; init; } = "val accuracy";
    public bool HigherIsBetter { get; init; } = true;

    /// <summary>Stop after this many epochs without improvement of <see cref="Monitor"/>; null trains every epoch.</summary>
    public int? Patience { get; init; }

    /// <summary>Put the weights of the best epoch back at the end (what early stopping is for).</summary>
    public bool RestoreBest { get; init; } = true;

    /// <summary>
    /// The learning rate for each optimiser step (0-based, counted over all epochs), e.g.
    /// <see cref="LearningRateSchedule.WarmupCosine(int, int, int, double, double)"/>; null keeps the optimiser's rate.
    /// Introduced in lesson 22.
    /// </summary>
    public Func<int, double>? LearningRate { get; init; }
    public string Title { get; init; } = "Training";
}

/// <summary>
/// The training loop every TorchSharp lesson uses: shuffled mini-batches, one dispose scope per step (so native
/// memory does not grow across epochs or re-runs), an evaluation after each epoch, live progress, early stopping,
/// and a history for learning curves. Introduced in lesson 02.
/// </summary>
public static class Trainer
{
    /// <summary>
    /// Trains <paramref name="model"/> on (x, y) with <paramref name="loss"/> (e.g. cross-entropy on logits).
    /// <paramref name="evaluate"/> runs after every epoch, in eval mode without gradients, and returns named metrics
    /// that must include <see cref="TrainOptions.Monitor"/>. Introduced in lesson 02.
    /// </summary>
    public static TrainingHistory Fit(
        nn.Module<Tensor, Tensor> model,
        optim.Optimizer optimizer,
        Func<Tensor, Tensor, Tensor> loss,
        Tensor x,
        Tensor y,
        Func<IReadOnlyDictionary<string, double>> evaluate,
        TrainOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(evaluate);
        Batches.CheckPair(x, y, options.BatchSize);
        if (options.Epochs <= 0) throw new ArgumentOutOfRangeException(nameof(options), options.Epochs, "Epochs must be positive");
        if (options.Patience is <= 0) throw new ArgumentOutOfRangeException(nameof(options), options.Patience, "Patience must be positive when set");

        var history = new TrainingHistory();
        using var generator = new Generator((ulong)options.Seed);
        using var progress = Progress.Start(options.Title, options.Epochs);
        Dictionary<string, Tensor>? best = null;
        var bestScore = double.NaN;
        var sinceBest = 0;
        var step = 0;
        try
        {
            for (var epoch = 1; epoch <= options.Epochs; epoch++)
            {
                var clock = Stopwatch.StartNew();
                model.train();
                double lossSum = 0;
                long seen = 0;
                foreach (var (xb, yb) in Batches.Shuffled(x, y, options.BatchSize, generator))
                {
                    using var scope = NewDisposeScope();
                    scope.Attach(xb);  // the batch was made by the enumerator, before this scope: free it with the step
                    scope.Attach(yb);
                    if (options.LearningRate is { } schedule)
                        foreach (var group in optimizer.ParamGroups) group.LearningRate = schedule(step);
                    step++;
                    optimizer.zero_grad();
                    var batchLoss = loss(model.call(xb), yb);
                    batchLoss.backward();
                    optimizer.step();
                    lossSum += batchLoss.item<float>() * xb.shape[0];
                    seen += xb.shape[0];
                }

                IReadOnlyDictionary<string, double> metrics;
                model.eval();
                using (no_grad()) metrics = evaluate();
                if (!metrics.TryGetValue(options.Monitor, out var score))
                    throw new ArgumentException($"evaluate() must return the monitored metric \"{options.Monitor}\"; it returned {string.Join(", ", metrics.Keys)}", nameof(evaluate));
                history.Add(new EpochRecord(epoch, lossSum / seen, metrics, clock.Elapsed.TotalSeconds));

                if (double.IsNaN(bestScore) || (options.HigherIsBetter ? score > bestScore : score < bestScore))
                {
                    bestScore = score;
                    history.BestEpoch = epoch;
                    sinceBest = 0;
                    if (options.RestoreBest) best = Snapshot(model, best);
                }
                else sinceBest++;

                progress.Report(epoch, [("loss", lossSum / seen), .. metrics.Select(m => (m.Key, m.Value))]);
                if (options.Patience is { } patience && sinceBest >= patience && epoch < options.Epochs)
                {
                    history.StoppedEarly = true;
                    break;
                }
            }
            if (options.RestoreBest && best is not null) model.load_state_dict(best);
            else history.BestEpoch = history.Epochs.Count;
        }
        finally
        {
            if (best is not null) foreach (var t in best.Values) t.Dispose();
        }
        model.eval();
        return history;
    }

    /// <summary>A detached copy of every parameter and buffer, replacing (and freeing) the previous snapshot.</summary>
    private static Dictionary<string, Tensor> Snapshot(nn.Module model, Dictionary<string, Tensor>? previous)
    {
        if (previous is not null) foreach (var t in previous.Values) t.Dispose();
        return model.state_dict().ToDictionary(kv => kv.Key, kv =>
        {
            using var detached = kv.Value.detach(); // a new tensor handle too: free it, keep only the copy
            return detached.clone().DetachFromDisposeScope();
        });
    }
}
