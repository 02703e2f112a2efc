namespace Curriculum.Metrics;

/// <summary>The errors and business cost of turning scores into yes/no decisions at one threshold. Introduced in lesson 30.</summary>
public sealed record ThresholdCost(double Threshold, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives, double Cost);

/// <summary>
/// Choosing a decision threshold from what mistakes cost, instead of the default 0.5. Predicting positive means
/// score ≥ threshold. Introduced in lesson 03.
/// </summary>
public static class Thresholds
{
    /// <summary>
    /// The cost at every distinct score used as threshold (plus one above the top score, where nothing is flagged):
    /// cost = FP × <paramref name="costFalsePositive"/> + FN × <paramref name="costFalseNegative"/>. Sorted by threshold.
    /// Introduced in lesson 03.
    /// </summary>
    public static ThresholdCost[] Sweep(bool[] actual, double[] scores, double costFalsePositive, double costFalseNegative)
    {
        MetricGuards.SameLengthNonEmpty(actual, nameof(actual), scores, nameof(scores));
        MetricGuards.Finite(scores, nameof(scores));
        if (!(costFalsePositive >= 0)) throw new ArgumentOutOfRangeException(nameof(costFalsePositive), costFalsePositive, "a cost must be a non-negative number");
        if (!(costFalseNegative >= 0)) throw new ArgumentOutOfRangeException(nameof(costFalseNegative), costFalseNegative, "a cost must be a non-negative number");

        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
        var positives = actual.Count(a => a);
        var negatives = actual.Length - positives;
        var result = new List<ThresholdCost>();
        int tp = 0, fp = 0;
        // Threshold above every score: nothing flagged, every positive missed.
        result.Add(Cost(order.Length == 0 ? 1 : Math.BitIncrement(scores[order[0]]), tp, fp, positives, negatives, costFalsePositive, costFalseNegative));
        for (var k = 0; k < order.Length; k++)
        {
            if (actual[order[k]]) tp++; else fp++;
            // Only after the last row of a group of tied scores is the threshold well defined.
            if (k + 1 < order.Length && scores[order[k + 1]] == scores[order[k]]) continue;
            result.Add(Cost(scores[order[k]], tp, fp, positives, negatives, costFalsePositive, costFalseNegative));
        }
        result.Reverse();
        return result.ToArray();
    }

    /// <summary>The threshold with the lowest total cost (the highest such threshold when several tie). Introduced in lesson 03.</summary>
    public static ThresholdCost Cheapest(bool[] actual, double[] scores, double costFalsePositive, double costFalseNegative) =>
        Sweep(actual, scores, costFalsePositive, costFalseNegative).OrderBy(c => c.Cost).ThenByDescending(c => c.Threshold).First();

    /// <summary>
    /// The errors and cost at one given threshold (positive means score ≥ <paramref name="threshold"/>): how a threshold
    /// chosen on validation data does on test data. Introduced in lesson 03.
    /// </summary>
    public static ThresholdCost At(bool[] actual, double[] scores, double threshold, double costFalsePositive, double costFalseNegative)
    {
        MetricGuards.SameLengthNonEmpty(actual, nameof(actual), scores, nameof(scores));
        MetricGuards.Finite(scores, nameof(scores));
        if (!double.IsFinite(threshold)) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "a threshold must be a finite number");
        if (!(costFalsePositive >= 0)) throw new ArgumentOutOfRangeException(nameof(costFalsePositive), costFalsePositive, "a cost must be a non-negative number");
        if (!(costFalseNegative >= 0)) throw new ArgumentOutOfRangeException(nameof(costFalseNegative), costFalseNegative, "a cost must be a non-negative number");
        int tp = 0, fp = 0, positives = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (actual[i]) positives++;
            if (scores[i] < threshold) continue;
            if (actual[i]) tp++; else fp++;
        }
        return Cost(threshold, tp, fp, positives, actual.Length - positives, costFalsePositive, costFalseNegative);
    }

    private static ThresholdCost Cost(double threshold, int tp, int fp, int positives, int negatives, double cFp, double cFn) =>
        new(threshold, tp, fp, positives - tp, negatives - fp, fp * cFp + (positives - tp) * cFn);
}
