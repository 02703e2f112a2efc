namespace Curriculum.Text;

/// <summary>A decoded output: its tokens (without the start token; ending with the end token if it finished) and its total log-probability.</summary>
public sealed record Hypothesis(int[] Tokens, double LogProbability, bool Finished)
{
    /// <summary>The ranking score: log-probability divided by length^<paramref name="lengthPenalty"/> (0 = the plain log-probability).</summary>
    public double Score(double lengthPenalty) => lengthPenalty == 0 ? LogProbability : LogProbability / Math.Pow(Math.Max(1, Tokens.Length), lengthPenalty);
}

/// <summary>
/// Left-to-right decoding for any model that gives next-token log-probabilities for a batch of prefixes: greedy (take
/// the most likely token each step) and beam search (keep the <c>beamWidth</c> best prefixes each step, by total
/// log-probability). Greedy can commit to a likely first token whose continuations are all poor; beam search can
/// recover, at beamWidth times the cost. Neither is guaranteed to find the most likely sequence. Introduced in lesson 08.
/// </summary>
public static class BeamSearch
{
    /// <summary>
    /// Greedy decoding from <paramref name="start"/>: <paramref name="step"/> maps prefixes (each beginning with the
    /// start token) to log-probabilities over the vocabulary for the next token. Stops at <paramref name="end"/> or
    /// after <paramref name="maxLength"/> tokens. Introduced in lesson 08.
    /// </summary>
    public static Hypothesis Greedy(Func<IReadOnlyList<int[]>, double[][]> step, int start, int end, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (maxLength <= 0) throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, "maxLength must be positive");
        var prefix = new List<int> { start };
        double total = 0;
        for (var t = 0; t < maxLength; t++)
        {
            var logp = Call(step, [prefix.ToArray()])[0];
            var best = 0;
            for (var v = 1; v < logp.Length; v++) if (logp[v] > logp[best]) best = v;
            prefix.Add(best);
            total += logp[best];
            if (best == end) return new Hypothesis(prefix.Skip(1).ToArray(), total, true);
        }
        return new Hypothesis(prefix.Skip(1).ToArray(), total, false);
    }

    /// <summary>
    /// Beam search: every step extends each of the (at most) <paramref name="beamWidth"/> live prefixes by every token,
    /// moves candidates ending in <paramref name="end"/> that rank among the step's <paramref name="beamWidth"/> best to the finished list, and keeps the best
    /// <paramref name="beamWidth"/> others. Stops when <paramref name="beamWidth"/> hypotheses have finished and no live
    /// prefix scores better than the worst of them, or after <paramref name="maxLength"/> tokens. Scores are
    /// log-probability / length^<paramref name="lengthPenalty"/>. Returns hypotheses best first (unfinished ones only if
    /// too few finished). Introduced in lesson 08.
    /// </summary>
    public static IReadOnlyList<Hypothesis> Search(Func<IReadOnlyList<int[]>, double[][]> step, int start, int end, int beamWidth, int maxLength, double lengthPenalty = 0)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (beamWidth <= 0) throw new ArgumentOutOfRangeException(nameof(beamWidth), beamWidth, "beamWidth must be positive (1 = greedy)");
        if (maxLength <= 0) throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, "maxLength must be positive");
        if (lengthPenalty < 0) throw new ArgumentOutOfRangeException(nameof(lengthPenalty), lengthPenalty, "lengthPenalty must be >= 0");
        var live = new List<(int[] Prefix, double LogP)> { ([start], 0.0) };
        var finished = new List<Hypothesis>();
        for (var t = 0; t < maxLength && live.Count > 0; t++)
        {
            var logps = Call(step, live.Select(b => b.Prefix).ToList());
            var candidates = new List<(int[] Prefix, double LogP, int Token)>();
            for (var b = 0; b < live.Count; b++)
                for (var v = 0; v < logps[b].Length; v++)
                    if (!double.IsNegativeInfinity(logps[b][v])) candidates.Add(([.. live[b].Prefix, v], live[b].LogP + logps[b][v], v));
            var next = new List<(int[] Prefix, double LogP)>();
            var rank = 0;
            foreach (var c in candidates.OrderByDescending(c => new Hypothesis(c.Prefix[1..], c.LogP, false).Score(lengthPenalty)))
            {
                // An ending only counts if it is among the beamWidth best candidates of this step (as in fairseq and
                // Hugging Face); otherwise every unlikely early <eos> would be collected.
                if (c.Token == end) { if (rank < beamWidth) finished.Add(new Hypothesis(c.Prefix[1..], c.LogP, true)); }
                else if (next.Count < beamWidth) next.Add((c.Prefix, c.LogP));
                if (++rank >= beamWidth && next.Count == beamWidth) break;
            }
            live = next;
            if (finished.Count >= beamWidth)
            {
                var worstKept = finished.Select(h => h.Score(lengthPenalty)).OrderByDescending(s => s).ElementAt(beamWidth - 1);
                if (live.All(b => new Hypothesis(b.Prefix[1..], b.LogP, false).Score(lengthPenalty) <= worstKept)) break;
            }
        }
        var result = finished.OrderByDescending(h => h.Score(lengthPenalty)).ToList();
        if (result.Count < beamWidth)
            result.AddRange(live.Select(b => new Hypothesis(b.Prefix[1..], b.LogP, false)).OrderByDescending(h => h.Score(lengthPenalty)));
        return result.Take(beamWidth).ToList();
    }

    private static double[][] Call(Func<IReadOnlyList<int[]>, double[][]> step, IReadOnlyList<int[]> prefixes)
    {
        var logps = step(prefixes);
        if (logps is null || logps.Length != prefixes.Count)
            throw new ArgumentException($"step must return one row of log-probabilities per prefix ({prefixes.Count}); got {logps?.Length ?? 0}", nameof(step));
        return logps;
    }
}
