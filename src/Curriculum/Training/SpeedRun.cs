using System.Diagnostics;
using Curriculum.Data;
using Curriculum.Metrics;
using Curriculum.Display;
using Curriculum.Vision;
using static TorchSharp.torch;

namespace Curriculum.Training;

/// <summary>Settings for <see cref="SpeedRun.Run"/>. Introduced in lesson 09.</summary>
public sealed record SpeedOptions
{
    public int BatchSize { get; init; } = 32;
    public int Seed { get; init; } = 0;

    /// <summary>Stop after this many optimiser steps.</summary>
    public int MaxSteps { get; init; } = 1000;

    /// <summary>Stop once this much training time (evaluation excluded) has passed.</summary>
    public double MaxSeconds { get; init; } = 30;

    /// <summary>Stop as soon as validation accuracy reaches this (null: run to MaxSteps or MaxSeconds).</summary>
    public double? TargetAccuracy { get; init; }

    /// <summary>Measure validation accuracy every this many steps (0: only at the end).</summary>
    public int EvaluateEvery { get; init; } = 20;

    /// <summary>The learning rate for each step (0-based), e.g. <see cref="LearningRateSchedule.WarmupCosine(int, int, int, double, double)"/>; null keeps the optimiser's.</summary>
    public Func<int, double>? LearningRate { get; init; }

    /// <summary>
    /// Build every batch from the C# arrays (float[] per image) instead of slicing tensors prepared once: the cost of
    /// a data loader that converts on every step.
    /// </summary>
    public bool BatchesFromArrays { get; init; }

    /// <summary>The floating-point type the inputs are given in; the model must already be in it (e.g. BFloat16).</summary>
    public ScalarType InputType { get; init; } = ScalarType.Float32;

    /// <summary>Shows live progress under this title; null shows none (for short measurements).</summary>
    public string? Title { get; init; }
}

/// <summary>One evaluation during a <see cref="SpeedRun"/>: after how many steps, examples and training seconds, what accuracy.</summary>
public sealed record SpeedPoint(int Step, long Examples, double Seconds, double Accuracy);

/// <summary>The outcome of a <see cref="SpeedRun"/>. Introduced in lesson 09.</summary>
public sealed record SpeedRunResult(IReadOnlyList<SpeedPoint> Points, int Steps, long Examples, double TrainSeconds)
{
    /// <summary>Training examples processed per second of training time.</summary>
    public double ExamplesPerSecond => Examples / TrainSeconds;

    /// <summary>Validation accuracy at the last evaluation.</summary>
    public double FinalAccuracy => Points[^1].Accuracy;

    /// <summary>Training seconds until validation accuracy first reached <paramref name="target"/>, or null if it never did.</summary>
    public double? SecondsTo(double target) => Points.FirstOrDefault(p => p.Accuracy >= target)?.Seconds;
}

/// <summary>
/// A training loop built to be timed: it measures training wall-clock time only (the clock stops while validation
/// accuracy is measured), so runs with different batch sizes, threads, number types, data paths, schedules and
/// optimisers can be compared by throughput and by time to a target accuracy. Introduced in lesson 09.
/// </summary>
public static class SpeedRun
{
    /// <summary>
    /// Trains an image classifier with cross-entropy on shuffled mini-batches (each step in a dispose scope) until
    /// <see cref="SpeedOptions.TargetAccuracy"/>, MaxSteps or MaxSeconds. Batch order depends only on the seed, so
    /// the two data paths (arrays or prepared tensors) train on identical batches. Introduced in lesson 09.
    /// </summary>
    public static SpeedRunResult Run(nn.Module<Tensor, Tensor> model, optim.Optimizer optimizer, ImageDataset train, ImageDataset validation, SpeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(options);
        if (options.BatchSize <= 0) throw new ArgumentOutOfRangeException(nameof(options), options.BatchSize, "BatchSize must be positive");
        if (options.MaxSteps <= 0) throw new ArgumentOutOfRangeException(nameof(options), options.MaxSteps, "MaxSteps must be positive");
        if (options.EvaluateEvery < 0) throw new ArgumentOutOfRangeException(nameof(options), options.EvaluateEvery, "EvaluateEvery must be 0 or more");
        if (train.Count == 0) throw new ArgumentException("the training set has no images", nameof(train));

        var (valX32, valY) = ImageTensors.ToTensors(validation);
        valY.Dispose();
        using var valX = valX32.to_type(options.InputType);
        if (!ReferenceEquals(valX, valX32)) valX32.Dispose();
        using var generator = new Generator((ulong)options.Seed);
        using var progress = options.Title is null ? null : Progress.Start(options.Title, options.MaxSteps);
        var points = new List<SpeedPoint>();
        var clock = new Stopwatch();
        var pixelsPerImage = train.Width * train.Height;
        var step = 0;
        long examples = 0;

        clock.Start();
        Tensor? allX = null, allY = null;
        if (!options.BatchesFromArrays)
        {
            var (x32, y) = ImageTensors.ToTensors(train);
            allX = x32.to_type(options.InputType);
            allY = y;
            if (!ReferenceEquals(allX, x32)) x32.Dispose();
        }
        try
        {
            var done = false;
            while (!done)
            {
                using var order = randperm(train.Count, generator: generator);
                var orderArray = options.BatchesFromArrays ? order.data<long>().ToArray() : null;
                for (long start = 0; start < train.Count && !done; start += options.BatchSize)
                {
                    var length = Math.Min(options.BatchSize, train.Count - start);
                    using (var scope = NewDisposeScope())
                    {
                        Tensor xb, yb;
                        if (orderArray is not null)
                        {
                            var flat = new float[length * pixelsPerImage];
                            var labels = new long[length];
                            for (var i = 0; i < length; i++)
                            {
                                var row = (int)orderArray[start + i];
                                var pixels = train.Pixels[row];
                                for (var p = 0; p < pixelsPerImage; p++) flat[i * pixelsPerImage + p] = pixels[p] / train.MaxPixel;
                                labels[i] = train.Labels[row];
                            }
                            xb = tensor(flat, [length, 1, train.Height, train.Width]).to_type(options.InputType);
                            yb = tensor(labels);
                        }
                        else
                        {
                            var index = order.narrow(0, start, length);
                            xb = allX!.index_select(0, index);
                            yb = allY!.index_select(0, index);
                        }
                        if (options.LearningRate is { } schedule)
                            foreach (var group in optimizer.ParamGroups) group.LearningRate = schedule(step);
                        model.train();
                        optimizer.zero_grad();
                        var loss = nn.functional.cross_entropy(model.call(xb).to_type(ScalarType.Float32), yb);
                        loss.backward();
                        optimizer.step();
                    }
                    step++;
                    examples += length;
                    var last = step >= options.MaxSteps || clock.Elapsed.TotalSeconds >= options.MaxSeconds;
                    if (last || (options.EvaluateEvery > 0 && step % options.EvaluateEvery == 0))
                    {
                        clock.Stop();
                        var accuracy = Classification.Accuracy(validation.Labels, Predict.Classes(model, valX));
                        points.Add(new SpeedPoint(step, examples, clock.Elapsed.TotalSeconds, accuracy));
                        progress?.Report(step, ("val accuracy", accuracy), ("train seconds", clock.Elapsed.TotalSeconds));
                        done = last || accuracy >= options.TargetAccuracy;
                        clock.Start();
                    }
                }
            }
        }
        finally
        {
            clock.Stop();
            allX?.Dispose();
            allY?.Dispose();
        }
        model.eval();
        return new SpeedRunResult(points, step, examples, points[^1].Seconds);
    }
}
