using Curriculum.Models;
using Curriculum.Display;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Reinforcement;

/// <summary>Settings of a DQN run on CartPole. Introduced in lesson 11.</summary>
public sealed record DqnOptions
{
    public int TotalSteps { get; init; } = 20_000;
    public int HiddenSize { get; init; } = 64;
    public double LearningRate { get; init; } = 1e-3;
    public double Gamma { get; init; } = 0.99;
    public int BufferCapacity { get; init; } = 20_000;
    public int BatchSize { get; init; } = 64;
    /// <summary>Steps of random play before learning starts.</summary>
    public int LearningStarts { get; init; } = 1_000;
    /// <summary>The target network is overwritten with the online network every this many steps.</summary>
    public int TargetSyncSteps { get; init; } = 500;
    public double EpsilonStart { get; init; } = 1.0;
    public double EpsilonEnd { get; init; } = 0.05;
    /// <summary>Steps over which epsilon falls linearly from start to end.</summary>
    public int EpsilonDecaySteps { get; init; } = 10_000;
    /// <summary>Greedy evaluation every this many steps, with <see cref="EvalEpisodes"/> episodes on a separate environment.</summary>
    public int EvalEverySteps { get; init; } = 1_000;
    public int EvalEpisodes { get; init; } = 5;
    public int Seed { get; init; } = 11;
    public string Title { get; init; } = "DQN";
}

/// <summary>The outcome of a DQN run: the best network (by greedy evaluation), training returns and the evaluations.</summary>
public sealed record DqnResult(QNetwork Best, QNetwork Final, double[] EpisodeReturns, int[] EpisodeEndSteps,
    (int Step, double MeanReturn)[] Evaluations, double BestEvaluation, int BestStep, double Seconds);

/// <summary>
/// Deep Q-learning (Mnih et al. 2015) on CartPole: epsilon-greedy play into a replay buffer, one gradient step per
/// environment step on a sampled batch with the Huber loss against r + gamma · max Q_target(s') (no bootstrap after a
/// true end), a target network synced every N steps, periodic greedy evaluation, and the best checkpoint kept.
/// Every training step runs in a dispose scope. Introduced in lesson 11.
/// </summary>
public static class Dqn
{
    /// <summary>Trains a DQN on CartPole as <paramref name="options"/> say; returns the best and final networks and the curves. Introduced in lesson 11.</summary>
    public static DqnResult Train(DqnOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TotalSteps <= 0) throw new ArgumentException($"TotalSteps must be positive, got {options.TotalSteps}", nameof(options));
        if (options.BatchSize > options.LearningStarts) throw new ArgumentException("LearningStarts must be at least BatchSize", nameof(options));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        manual_seed(options.Seed);
        var random = new Random(options.Seed);
        var env = new CartPole(options.Seed);
        var evalEnv = new CartPole(options.Seed + 1000);
        var online = new QNetwork(CartPole.StateSize, options.HiddenSize, CartPole.ActionCount);
        var target = new QNetwork(CartPole.StateSize, options.HiddenSize, CartPole.ActionCount);
        var best = new QNetwork(CartPole.StateSize, options.HiddenSize, CartPole.ActionCount);
        target.CopyFrom(online);
        best.CopyFrom(online);
        var optimizer = optim.Adam(online.parameters(), lr: options.LearningRate);
        var buffer = new ReplayBuffer(options.BufferCapacity, CartPole.StateSize);
        var returns = new List<double>();
        var ends = new List<int>();
        var evaluations = new List<(int, double)>();
        double bestEval = double.NegativeInfinity, episodeReturn = 0;
        var bestStep = 0;
        var s = env.Reset();
        using var progress = Progress.Start(options.Title, options.TotalSteps);
        for (var step = 1; step <= options.TotalSteps; step++)
        {
            var epsilon = options.EpsilonEnd + (options.EpsilonStart - options.EpsilonEnd) *
                Math.Max(0, 1 - (double)step / options.EpsilonDecaySteps);
            var a = random.NextDouble() < epsilon ? random.Next(CartPole.ActionCount) : online.GreedyAction(s);
            var r = env.Step(a);
            buffer.Add(s, a, r.Reward, r.State, r.Terminated);
            episodeReturn += r.Reward;
            if (r.Done)
            {
                returns.Add(episodeReturn);
                ends.Add(step);
                episodeReturn = 0;
                s = env.Reset();
            }
            else s = r.State;

            if (step >= options.LearningStarts)
            {
                using var scope = NewDisposeScope();
                var (bs, ba, br, bs2, bd) = buffer.Sample(options.BatchSize, random);
                Tensor targetValues;
                using (no_grad())
                    targetValues = br + options.Gamma * (1 - bd) * target.call(bs2).max(1).values;
                var predicted = online.call(bs).gather(1, ba.unsqueeze(1)).squeeze(1);
                var loss = nn.functional.smooth_l1_loss(predicted, targetValues);
                optimizer.zero_grad();
                loss.backward();
                nn.utils.clip_grad_norm_(online.parameters(), 10.0);
                optimizer.step();
            }
            if (step % options.TargetSyncSteps == 0) target.CopyFrom(online);
            if (step % options.EvalEverySteps == 0)
            {
                var mean = evalEnv.Evaluate(online.GreedyAction, options.EvalEpisodes).Average();
                evaluations.Add((step, mean));
                if (mean > bestEval)
                {
                    (bestEval, bestStep) = (mean, step);
                    best.CopyFrom(online);
                }
            }
            if (step % 100 == 0)
                progress.Report(step, ("episodes", returns.Count), ("last eval", evaluations.Count > 0 ? evaluations[^1].Item2 : 0), ("best eval", Math.Max(0, bestEval)));
        }
        target.Dispose();
        optimizer.Dispose();
        return new DqnResult(best, online, returns.ToArray(), ends.ToArray(), evaluations.ToArray(), bestEval, bestStep, clock.Elapsed.TotalSeconds);
    }
}
