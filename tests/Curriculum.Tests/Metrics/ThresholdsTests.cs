using Curriculum.Metrics;

namespace Curriculum.Tests.Metrics;

public class ThresholdsTests
{
    // score:  0.9  0.8  0.6  0.6  0.3  0.1   (a tie at 0.6, one positive and one negative)
    // actual:  T    F    T    F    T    F     3 positives, 3 negatives
    private static readonly double[] Scores = [0.9, 0.8, 0.6, 0.6, 0.3, 0.1];
    private static readonly bool[] Actual = [true, false, true, false, true, false];

    [Fact]
    public void Sweep_by_hand_with_a_false_negative_five_times_as_costly()
    {
        var sweep = Thresholds.Sweep(Actual, Scores, costFalsePositive: 1, costFalseNegative: 5);

        // Predict positive when score >= threshold; cost = FP * 1 + FN * 5.
        var expected = new[]
        {
            new ThresholdCost(0.1, 3, 3, 0, 0, 3),   // everything flagged
            new ThresholdCost(0.3, 3, 2, 0, 1, 2),
            new ThresholdCost(0.6, 2, 2, 1, 1, 7),   // both tied rows flagged together
            new ThresholdCost(0.8, 1, 1, 2, 2, 11),
            new ThresholdCost(0.9, 1, 0, 2, 3, 10),
            new ThresholdCost(Math.BitIncrement(0.9), 0, 0, 3, 3, 15), // nothing flagged
        };
        Assert.Equal(expected, sweep);
        Assert.Equal(expected[1], Thresholds.Cheapest(Actual, Scores, 1, 5));
    }

    [Fact]
    public void A_costly_false_positive_moves_the_cheapest_threshold_up()
    {
        var sweep = Thresholds.Sweep(Actual, Scores, costFalsePositive: 5, costFalseNegative: 1);

        Assert.Equal(new double[] { 15, 10, 11, 7, 2, 3 }, sweep.Select(c => c.Cost));
        var cheapest = Thresholds.Cheapest(Actual, Scores, 5, 1);
        Assert.Equal((0.9, 2.0), (cheapest.Threshold, cheapest.Cost));
    }

    [Fact]
    public void Cheapest_takes_the_highest_threshold_among_equal_costs()
    {
        // With equal costs, thresholds 0.3 and 0.9 both make 2 mistakes.
        Assert.Equal(new double[] { 3, 2, 3, 3, 2, 3 }, Thresholds.Sweep(Actual, Scores, 1, 1).Select(c => c.Cost));
        Assert.Equal(0.9, Thresholds.Cheapest(Actual, Scores, 1, 1).Threshold);
        // Free mistakes: every threshold costs 0, so the highest (flag nothing) wins.
        Assert.Equal(Math.BitIncrement(0.9), Thresholds.Cheapest(Actual, Scores, 0, 0).Threshold);
    }

    [Fact]
    public void Sweep_counts_match_direct_counting_on_seeded_data_with_many_ties()
    {
        var random = new Random(17);
        var actual = Enumerable.Range(0, 200).Select(_ => random.NextDouble() < 0.3).ToArray();
        var scores = actual.Select(a => Math.Round(random.NextDouble() + (a ? 0.3 : 0), 1)).ToArray();

        var sweep = Thresholds.Sweep(actual, scores, 2, 7);

        Assert.Equal(scores.Distinct().Count() + 1, sweep.Length);
        Assert.Equal(sweep.Select(c => c.Threshold).Order(), sweep.Select(c => c.Threshold));
        foreach (var c in sweep)
        {
            var flagged = scores.Select(s => s >= c.Threshold).ToArray();
            var tp = actual.Where((a, i) => a && flagged[i]).Count();
            var fp = actual.Where((a, i) => !a && flagged[i]).Count();
            var fn = actual.Where((a, i) => a && !flagged[i]).Count();
            var tn = actual.Where((a, i) => !a && !flagged[i]).Count();
            Assert.Equal((tp, fp, fn, tn, fp * 2.0 + fn * 7.0), (c.TruePositives, c.FalsePositives, c.FalseNegatives, c.TrueNegatives, c.Cost));
        }
        Assert.Equal(sweep.Min(c => c.Cost), Thresholds.Cheapest(actual, scores, 2, 7).Cost);
    }

    [Fact]
    public void At_a_threshold_by_hand_and_equal_to_the_sweep_at_every_swept_threshold()
    {
        // Threshold 0.6 flags 0.9, 0.8, 0.6, 0.6: TP 2, FP 2, FN 1 (the 0.3), TN 1; cost 2·1 + 1·5 = 7.
        Assert.Equal(new ThresholdCost(0.6, 2, 2, 1, 1, 7), Thresholds.At(Actual, Scores, 0.6, 1, 5));
        // Between swept thresholds nothing changes: 0.7 flags the same rows as 0.8.
        Assert.Equal(Thresholds.At(Actual, Scores, 0.8, 1, 5) with { Threshold = 0.7 }, Thresholds.At(Actual, Scores, 0.7, 1, 5));
        foreach (var c in Thresholds.Sweep(Actual, Scores, 1, 5))
            Assert.Equal(c, Thresholds.At(Actual, Scores, c.Threshold, 1, 5));
        Assert.Equal("threshold", Assert.Throws<ArgumentOutOfRangeException>(() => Thresholds.At(Actual, Scores, double.NaN, 1, 5)).ParamName);
        Assert.Equal("costFalsePositive", Assert.Throws<ArgumentOutOfRangeException>(() => Thresholds.At(Actual, Scores, 0.5, -1, 5)).ParamName);
    }

    [Fact]
    public void Negative_or_NaN_costs_and_bad_inputs_name_the_parameter()
    {
        Assert.Equal("costFalsePositive", Assert.Throws<ArgumentOutOfRangeException>(() => Thresholds.Sweep(Actual, Scores, -1, 1)).ParamName);
        Assert.Equal("costFalseNegative", Assert.Throws<ArgumentOutOfRangeException>(() => Thresholds.Sweep(Actual, Scores, 1, -0.5)).ParamName);
        Assert.Equal("costFalseNegative", Assert.Throws<ArgumentOutOfRangeException>(() => Thresholds.Cheapest(Actual, Scores, 1, double.NaN)).ParamName);
        Assert.Equal("scores", Assert.Throws<ArgumentException>(() => Thresholds.Sweep(Actual, Scores[..5], 1, 1)).ParamName);
        Assert.Equal("scores", Assert.Throws<ArgumentException>(() => Thresholds.Sweep(Actual, [0.9, 0.8, double.NaN, 0.6, 0.3, 0.1], 1, 1)).ParamName);
        Assert.Equal("actual", Assert.Throws<ArgumentException>(() => Thresholds.Sweep([], [], 1, 1)).ParamName);
    }
}
