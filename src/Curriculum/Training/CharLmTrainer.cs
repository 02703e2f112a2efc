using System.Diagnostics;
using Curriculum.Display;
using Curriculum.Text;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Training;

/// <summary>
/// One stretch of a character language model: ids [B, T] and a carried state (null at the start) in, logits [B, T, V]
/// and the state to carry on out (a recurrent model's hidden state; a Transformer's recent context; or null).
/// </summary>
public delegate (Tensor Logits, Tensor? State) CharStep(Tensor ids, Tensor? state);

/// <summary>Settings for <see cref="CharLmTrainer.Fit"/>. Introduced in lesson 05.</summary>
public sealed record CharLmOptions
{
    /// <summary>Optimiser steps (batches) in all.</summary>
    public int Steps { get; init; } = 1000;

    /// <summary>Adam's peak learning rate, reached after <see cref="WarmupSteps"/> and decayed along a cosine to a tenth of it.</summary>
    public double LearningRate { get; init; } = 3e-3;
    public int WarmupSteps { get; init; } = 20;

    /// <summary>Gradient norm clipping (recurrent networks' gradients can explode).</summary>
    public double ClipNorm { get; init; } = 1.0;

    /// <summary>Carry the state from one batch to the next (truncated back-propagation through time), reset at each pass.</summary>
    public bool CarryState { get; init; } = true;

    /// <summary>Run the validation function every this many steps (and at the end).</summary>
    public int EvaluateEvery { get; init; } = 100;
    public double WeightDecay { get; init; } = 0;
    public int Seed { get; init; } = 0;
    public string Title { get; init; } = "Language model";
}

/// <summary>What <see cref="CharLmTrainer.Fit"/> measured: training bits per character per step and validation bits at each evaluation. Introduced in lesson 05.</summary>
public sealed class CharLmHistory
{
    public List<double> TrainBits { get; } = [];
    public List<(int Step, double Bits, double Seconds)> Validation { get; } = [];
    public double Seconds { get; internal set; }

    /// <summary>The last validation measurement.</summary>
    public double FinalValidationBits => Validation.Count > 0 ? Validation[^1].Bits : double.NaN;

    /// <summary>Training bits per character smoothed over a moving window of steps (for a readable curve).</summary>
    public double[] SmoothedTrainBits(int window = 20) =>
        TrainBits.Select((_, i) => TrainBits.Skip(Math.Max(0, i - window + 1)).Take(Math.Min(window, i + 1)).Average()).ToArray();
}

/// <summary>
/// Training and measuring character language models (n-gram models have their own counting code): Adam with warmup and
/// cosine decay, gradient clipping, one dispose scope per step, optional state carrying (truncated BPTT), live progress.
/// Introduced in lesson 03 (to evaluate a generator; lesson 05 explains it).
/// </summary>
public static class CharLmTrainer
{
    /// <summary>
    /// Trains <paramref name="model"/> (whose forward pass is <paramref name="step"/>) on <paramref name="batches"/> for
    /// <see cref="CharLmOptions.Steps"/> steps; <paramref name="validate"/> (optional) returns validation bits per
    /// character and runs in eval mode without gradients. Introduced in lesson 05.
    /// </summary>
    public static CharLmHistory Fit(nn.Module model, CharStep step, TokenStreams batches, Func<double>? validate, CharLmOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Steps < 1) throw new ArgumentOutOfRangeException(nameof(options), options.Steps, "Steps must be positive");
        if (options.EvaluateEvery < 1) throw new ArgumentOutOfRangeException(nameof(options), options.EvaluateEvery, "EvaluateEvery must be positive");
        torch.manual_seed(options.Seed);
        var schedule = LearningRateSchedule.WarmupCosine(Math.Min(options.WarmupSteps, options.Steps - 1), options.Steps, options.LearningRate, options.LearningRate / 10);
        using var optimizer = optim.AdamW(model.parameters(), lr: options.LearningRate, weight_decay: options.WeightDecay);
        var history = new CharLmHistory();
        var clock = Stopwatch.StartNew();
        using var progress = Progress.Start(options.Title, options.Steps);
        Tensor? state = null;
        var lastVal = double.NaN;
        try
        {
            for (var s = 0; s < options.Steps; s++)
            {
                model.train();
                if (s % batches.Count == 0 || !options.CarryState) { state?.Dispose(); state = null; }
                using (var scope = NewDisposeScope())
                {
                    foreach (var g in optimizer.ParamGroups) g.LearningRate = schedule(s);
                    var (x, y) = batches.Batch(s);
                    optimizer.zero_grad();
                    var (logits, next) = step(x, state);
                    var loss = nn.functional.cross_entropy(logits.reshape(-1, logits.shape[^1]), y.reshape(-1));
                    loss.backward();
                    nn.utils.clip_grad_norm_(model.parameters(), options.ClipNorm);
                    optimizer.step();
                    history.TrainBits.Add(TextMetrics.BitsFromNats(loss.item<float>()));
                    state?.Dispose();
                    state = options.CarryState && next is not null ? next.detach().MoveToOuterDisposeScope() : null;
                }
                if (validate is not null && ((s + 1) % options.EvaluateEvery == 0 || s == options.Steps - 1))
                {
                    model.eval();
                    using (no_grad()) lastVal = validate();
                    history.Validation.Add((s + 1, lastVal, clock.Elapsed.TotalSeconds));
                }
                progress.Report(s + 1, ("train bits/char", history.SmoothedTrainBits(20)[^1]), ("val bits/char", lastVal));
            }
        }
        finally
        {
            state?.Dispose();
            model.eval();
        }
        history.Seconds = clock.Elapsed.TotalSeconds;
        return history;
    }

    /// <summary>
    /// Bits per character of a model on a text: the text is cut into <paramref name="streams"/> contiguous streams read in
    /// windows of <paramref name="window"/> characters; with <paramref name="carryState"/> each window starts from the
    /// previous window's state, otherwise from nothing (so the first characters of every window see little context).
    /// Runs without gradients in eval mode. Introduced in lesson 03 (to evaluate a generator; lesson 05 explains it).
    /// </summary>
    public static double BitsPerChar(nn.Module model, CharStep step, IReadOnlyList<int> ids, int streams = 16, int window = 128, bool carryState = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(step);
        var data = new TokenStreams(ids, streams, window);
        var wasTraining = model.training;
        model.eval();
        using var _ = no_grad();
        Tensor? state = null;
        double nats = 0;
        try
        {
            for (var i = 0; i < data.Count; i++)
            {
                using var scope = NewDisposeScope();
                var (x, y) = data.Batch(i);
                var (logits, next) = step(x, carryState ? state : null);
                nats += nn.functional.cross_entropy(logits.reshape(-1, logits.shape[^1]), y.reshape(-1)).item<float>();
                state?.Dispose();
                state = carryState && next is not null ? next.MoveToOuterDisposeScope() : null;
            }
        }
        finally
        {
            state?.Dispose();
            if (wasTraining) model.train();
        }
        return TextMetrics.BitsFromNats(nats / data.Count);
    }

    /// <summary>
    /// A stepper for <see cref="Sampling.Generate"/>: feeds one character at a time through <paramref name="step"/>,
    /// carrying the state, and returns the next-character distribution. Call within no_grad/eval (it sets both). Introduced in lesson 03 (to evaluate a generator; lesson 05 explains it).
    /// </summary>
    public static Func<int, double[]> Stepper(nn.Module model, CharStep step)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(step);
        model.eval();
        Tensor? state = null;
        return id =>
        {
            using var _ = no_grad();
            using var scope = NewDisposeScope();
            var (logits, next) = step(tensor(new long[] { id }).reshape(1, 1), state);
            state?.Dispose();
            state = next?.MoveToOuterDisposeScope();
            return Sampling.Softmax(logits[0, -1].to_type(ScalarType.Float32).data<float>().ToArray());
        };
    }
}
