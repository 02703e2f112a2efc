using Curriculum.Display;

namespace Curriculum.Reinforcement;

/// <summary>
/// Turns a continuous state into one table index: each dimension is clipped to [low, high] and cut into equal bins;
/// a dimension with 1 bin is ignored. Introduced in lesson 11.
/// </summary>
public sealed class Discretiser
{
    private readonly int[] bins;
    private readonly double[] lows, highs;

    /// <summary>The number of distinct indices (product of the bin counts).</summary>
    public int StateCount { get; }

    public Discretiser(int[] bins, double[] lows, double[] highs)
    {
        ArgumentNullException.ThrowIfNull(bins);
        ArgumentNullException.ThrowIfNull(lows);
        ArgumentNullException.ThrowIfNull(highs);
        if (bins.Length == 0 || lows.Length != bins.Length || highs.Length != bins.Length)
            throw new ArgumentException($"bins, lows and highs need the same non-zero length, got {bins.Length}, {lows.Length}, {highs.Length}", nameof(bins));
        if (bins.Any(b => b < 1)) throw new ArgumentException("every bin count must be at least 1", nameof(bins));
        for (var i = 0; i < bins.Length; i++)
            if (!(highs[i] > lows[i])) throw new ArgumentException($"dimension {i}: high {highs[i]} must exceed low {lows[i]}", nameof(highs));
        (this.bins, this.lows, this.highs) = ((int[])bins.Clone(), (double[])lows.Clone(), (double[])highs.Clone());
        StateCount = bins.Aggregate(1, (a, b) => a * b);
    }

    /// <summary>The bin of each dimension.</summary>
    public int[] Bins(double[] state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Length != bins.Length) throw new ArgumentException($"expected {bins.Length} values, got {state.Length}", nameof(state));
        var result = new int[bins.Length];
        for (var i = 0; i < bins.Length; i++)
        {
            var fraction = (Math.Clamp(state[i], lows[i], highs[i]) - lows[i]) / (highs[i] - lows[i]);
            result[i] = Math.Min(bins[i] - 1, (int)(fraction * bins[i]));
        }
        return result;
    }

    /// <summary>The single table index of a state (row-major over the bins).</summary>
    public int Index(double[] state) => Bins(state).Select((b, i) => (b, i)).Aggregate(0, (acc, p) => acc * bins[p.i] + p.b);
}

/// <summary>A table of action values Q(s, a) with the one-step Q-learning update. Introduced in lesson 11.</summary>
public sealed class QTable
{
    private readonly double[,] q;

    public int States { get; }
    public int Actions { get; }

    public QTable(int states, int actions, double initialValue = 0)
    {
        if (states <= 0) throw new ArgumentOutOfRangeException(nameof(states), states, "must be positive");
        if (actions <= 0) throw new ArgumentOutOfRangeException(nameof(actions), actions, "must be positive");
        (States, Actions) = (states, actions);
        q = new double[states, actions];
        for (var s = 0; s < states; s++) for (var a = 0; a < actions; a++) q[s, a] = initialValue;
    }

    public double this[int state, int action] => q[state, action];

    /// <summary>The action with the largest value (the lowest index on ties).</summary>
    public int Greedy(int state)
    {
        var best = 0;
        for (var a = 1; a < Actions; a++) if (q[state, a] > q[state, best]) best = a;
        return best;
    }

    /// <summary>The largest value in a state.</summary>
    public double MaxValue(int state) => q[state, Greedy(state)];

    /// <summary>
    /// Q(s,a) += alpha · (r + gamma · max Q(s',·) − Q(s,a)); when <paramref name="terminal"/> the target is r alone
    /// (nothing follows a true end). Returns the temporal-difference error.
    /// </summary>
    public double Update(int state, int action, double reward, int nextState, bool terminal, double alpha, double gamma)
    {
        if (alpha is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "must be in (0, 1]");
        if (gamma is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "must be in [0, 1]");
        var target = terminal ? reward : reward + gamma * MaxValue(nextState);
        var error = target - q[state, action];
        q[state, action] += alpha * error;
        return error;
    }
}

/// <summary>Settings of tabular Q-learning on CartPole. Introduced in lesson 11.</summary>
public sealed record QLearningOptions
{
    public int Episodes { get; init; } = 1000;
    public double Gamma { get; init; } = 0.99;
    public double AlphaStart { get; init; } = 0.5;
    public double AlphaMin { get; init; } = 0.05;
    public double EpsilonStart { get; init; } = 1.0;
    public double EpsilonMin { get; init; } = 0.01;
    /// <summary>Multiplied into epsilon and alpha after every episode.</summary>
    public double Decay { get; init; } = 0.99;
    public int Seed { get; init; } = 11;
    public string Title { get; init; } = "Q-learning";
}

/// <summary>Tabular Q-learning with epsilon-greedy exploration on a discretised CartPole. Introduced in lesson 11.</summary>
public static class TabularQLearning
{
    /// <summary>
    /// Trains a Q-table; returns it with the return of every training episode. Terminal transitions do not
    /// bootstrap; truncated ones (the 500-step cap) do, since the state itself is not an end.
    /// Introduced in lesson 11.</summary>
    public static (QTable Table, double[] Returns) Train(CartPole env, Discretiser discretiser, QLearningOptions options)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentNullException.ThrowIfNull(discretiser);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Episodes <= 0) throw new ArgumentException($"Episodes must be positive, got {options.Episodes}", nameof(options));
        var random = new Random(options.Seed);
        var table = new QTable(discretiser.StateCount, CartPole.ActionCount);
        var returns = new double[options.Episodes];
        double epsilon = options.EpsilonStart, alpha = options.AlphaStart;
        using var progress = Progress.Start(options.Title, options.Episodes);
        for (var episode = 0; episode < options.Episodes; episode++)
        {
            var s = discretiser.Index(env.Reset());
            while (true)
            {
                var a = random.NextDouble() < epsilon ? random.Next(CartPole.ActionCount) : table.Greedy(s);
                var step = env.Step(a);
                var s2 = discretiser.Index(step.State);
                table.Update(s, a, step.Reward, s2, step.Terminated, alpha, options.Gamma);
                returns[episode] += step.Reward;
                if (step.Done) break;
                s = s2;
            }
            epsilon = Math.Max(options.EpsilonMin, epsilon * options.Decay);
            alpha = Math.Max(options.AlphaMin, alpha * options.Decay);
            progress.Report(episode + 1, ("return", returns[episode]), ("epsilon", epsilon));
        }
        return (table, returns);
    }

    /// <summary>The greedy policy of a table: a function from a continuous state to an action. Introduced in lesson 11.</summary>
    public static Func<double[], int> GreedyPolicy(QTable table, Discretiser discretiser)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(discretiser);
        return s => table.Greedy(discretiser.Index(s));
    }

    /// <summary>The trailing moving average of a series (the first points average what is available). Introduced in lesson 11.</summary>
    public static double[] MovingAverage(double[] values, int window)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (window <= 0) throw new ArgumentOutOfRangeException(nameof(window), window, "must be positive");
        var result = new double[values.Length];
        double sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i];
            if (i >= window) sum -= values[i - window];
            result[i] = sum / Math.Min(i + 1, window);
        }
        return result;
    }
}
