using Curriculum.Text;

namespace Curriculum.Tests.Text;

public class BeamSearchTests
{
    // Tokens: 0 <bos>, 1 <eos>, 2 A, 3 B, 4 C. After <bos>: A 0.6, B 0.4. After A: end 0.5, C 0.5. After B: end 0.9, C 0.1.
    // After C: end. Greedy takes A then ends (0.30); the best sequence is B <eos> (0.36).
    private static double[][] Toy(IReadOnlyList<int[]> prefixes) => prefixes.Select(p => (p.Length switch
    {
        1 => new[] { 0, 0.0, 0.6, 0.4, 0 },
        _ when p[^1] == 2 => new[] { 0, 0.5, 0, 0, 0.5 },
        _ when p[^1] == 3 => new[] { 0, 0.9, 0, 0, 0.1 },
        _ => new[] { 0, 1.0, 0, 0, 0 },
    }).Select(v => Math.Log(v)).ToArray()).ToArray();

    [Fact]
    public void Beam_search_finds_a_better_sequence_than_greedy_on_a_hand_made_model()
    {
        var greedy = BeamSearch.Greedy(Toy, 0, 1, maxLength: 5);
        var beam = BeamSearch.Search(Toy, 0, 1, beamWidth: 2, maxLength: 5);

        Assert.Equal([2, 1], greedy.Tokens); // A <eos>
        Assert.Equal(Math.Log(0.30), greedy.LogProbability, 12);
        Assert.Equal([3, 1], beam[0].Tokens); // B <eos>
        Assert.Equal(Math.Log(0.36), beam[0].LogProbability, 12);
        Assert.True(beam[0].Finished);
        // The runner-up is greedy's answer, and the list is sorted best first.
        Assert.Equal([2, 1], beam[1].Tokens);
    }

    [Fact]
    public void Width_one_is_greedy()
    {
        var greedy = BeamSearch.Greedy(Toy, 0, 1, maxLength: 5);
        var beam = BeamSearch.Search(Toy, 0, 1, beamWidth: 1, maxLength: 5).Single();

        Assert.Equal(greedy.Tokens, beam.Tokens);
        Assert.Equal(greedy.LogProbability, beam.LogProbability, 12);
    }

    [Fact]
    public void A_beam_as_wide_as_all_sequences_finds_the_exhaustive_best_on_random_models()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random(seed);
            var table = new Dictionary<string, double[]>();
            double[] Next(int[] prefix)
            {
                var key = string.Join(",", prefix);
                if (!table.TryGetValue(key, out var row))
                {
                    var w = Enumerable.Range(0, 4).Select(_ => random.NextDouble() + 0.05).ToArray();
                    table[key] = row = w.Select(x => Math.Log(x / w.Sum())).ToArray();
                }
                return row;
            }
            double[][] Step(IReadOnlyList<int[]> prefixes) => prefixes.Select(Next).ToArray();
            // Exhaustive: every sequence of up to 3 tokens from {0, 2, 3} ending in <eos> (1), or 3 tokens unfinished.
            var best = double.NegativeInfinity;
            foreach (var seq in Sequences(3))
            {
                var prefix = new List<int> { 9 };
                double lp = 0;
                foreach (var t in seq) { lp += Next([.. prefix])[t]; prefix.Add(t); }
                if (seq[^1] == 1) best = Math.Max(best, lp);
            }
            var beam = BeamSearch.Search(Step, 9, 1, beamWidth: 64, maxLength: 3)[0];
            Assert.True(beam.Finished);
            Assert.Equal(best, beam.LogProbability, 12);
            // Greedy never beats the exhaustive best.
            Assert.True(BeamSearch.Greedy(Step, 9, 1, 3) is var g && (!g.Finished || g.LogProbability <= best + 1e-12));
        }
    }

    private static IEnumerable<int[]> Sequences(int maxLength)
    {
        var frontier = new List<int[]> { Array.Empty<int>() };
        for (var len = 1; len <= maxLength; len++)
        {
            var next = new List<int[]>();
            foreach (var p in frontier)
                for (var t = 0; t < 4; t++)
                {
                    int[] s = [.. p, t];
                    yield return s;
                    if (t != 1) next.Add(s);
                }
            frontier = next;
        }
    }

    [Fact]
    public void Length_penalty_favours_longer_finished_hypotheses()
    {
        // After <bos>: <eos> 0.5 or A 0.5; after A: <eos> 0.9. Raw: "<eos>" (log 0.5) beats "A <eos>" (log 0.45);
        // divided by length^1: -0.693/1 < -0.799/2, so the longer one wins.
        double[][] Step(IReadOnlyList<int[]> prefixes) => prefixes.Select(p => (p.Length == 1 ? new[] { 0, 0.5, 0.5 } : new[] { 0, 0.9, 0.1 }).Select(v => Math.Log(v)).ToArray()).ToArray();

        Assert.Equal([1], BeamSearch.Search(Step, 0, 1, 2, 4)[0].Tokens);
        Assert.Equal([2, 1], BeamSearch.Search(Step, 0, 1, 2, 4, lengthPenalty: 1)[0].Tokens);
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("beamWidth", Assert.Throws<ArgumentOutOfRangeException>(() => BeamSearch.Search(Toy, 0, 1, 0, 5)).ParamName);
        Assert.Equal("maxLength", Assert.Throws<ArgumentOutOfRangeException>(() => BeamSearch.Greedy(Toy, 0, 1, 0)).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentException>(() => BeamSearch.Greedy(_ => [], 0, 1, 3)).ParamName);
    }
}
