using Curriculum.Metrics;
using static Curriculum.Tests.Metrics.MlNetReference;

namespace Curriculum.Tests.Metrics;

public class CurvesTests
{
    private const double Exact = 1e-12;

    // index:   0    1    2    3    4    5
    // actual:  T    F    T    F    T    F        P = 3, N = 3
    // score:  0.9  0.9  0.7  0.5  0.5  0.1      ties at 0.9 and at 0.5, each with one of each class
    private static readonly bool[] TiedActual = [true, false, true, false, true, false];
    private static readonly double[] TiedScores = [0.9, 0.9, 0.7, 0.5, 0.5, 0.1];

    [Fact]
    public void Roc_auc_with_ties_by_hand()
    {
        // Mann-Whitney over the 9 (positive, negative) pairs, ties counting 1/2:
        // negative at 0.9: 0 positives above, 1 tied -> 0.5
        // negative at 0.5: 2 positives above (0.9, 0.7), 1 tied -> 2.5
        // negative at 0.1: 3 positives above -> 3
        // AUC = (0.5 + 2.5 + 3) / 9 = 2/3
        Assert.Equal(2.0 / 3, Curves.RocAuc(TiedActual, TiedScores), Exact);
        Assert.Equal(2.0 / 3, Curves.Roc(TiedActual, TiedScores).Auc, Exact);
    }

    [Fact]
    public void Roc_curve_has_one_point_per_distinct_threshold()
    {
        var roc = Curves.Roc(TiedActual, TiedScores);
        // threshold  TP FP   TPR  FPR
        //   +inf      0  0    0    0
        //   0.9       1  1   1/3  1/3   (the tied pair enters together: a diagonal step)
        //   0.7       2  1   2/3  1/3
        //   0.5       3  2    1   2/3
        //   0.1       3  3    1    1
        Assert.Equal([double.PositiveInfinity, 0.9, 0.7, 0.5, 0.1], roc.Thresholds);
        AssertArray([0, 1.0 / 3, 2.0 / 3, 1, 1], roc.TruePositiveRate);
        AssertArray([0, 1.0 / 3, 1.0 / 3, 2.0 / 3, 1], roc.FalsePositiveRate);
        // The trapezoid area under these points is the same 2/3:
        // 1/3 * (0 + 1/3)/2 + 0 + 1/3 * (2/3 + 1)/2 + 1/3 * 1 = 1/18 + 5/18 + 6/18 = 2/3
        Assert.Equal(2.0 / 3, Trapezoid(roc.FalsePositiveRate, roc.TruePositiveRate), Exact);
    }

    [Fact]
    public void Precision_recall_curve_and_average_precision_by_hand()
    {
        var pr = Curves.PrecisionRecall(TiedActual, TiedScores);
        // threshold  TP FP  recall  precision
        //   0.9       1  1   1/3     1/2
        //   0.7       2  1   2/3     2/3
        //   0.5       3  2    1      3/5
        //   0.1       3  3    1      1/2
        Assert.Equal([0.9, 0.7, 0.5, 0.1], pr.Thresholds);
        AssertArray([1.0 / 3, 2.0 / 3, 1, 1], pr.Recall);
        AssertArray([0.5, 2.0 / 3, 0.6, 0.5], pr.Precision);
        // AP = sum (R_k - R_{k-1}) P_k = 1/3 * (1/2 + 2/3 + 3/5) + 0 = 53/90
        Assert.Equal(53.0 / 90, pr.AveragePrecision, Exact);
        Assert.Equal(53.0 / 90, Curves.AveragePrecision(TiedActual, TiedScores), Exact);
    }

    [Fact]
    public void MlNet_style_area_under_pr_curve_by_hand()
    {
        // Stable sort by decreasing score, ties in input order: T(0.9) F(0.9) T(0.7) F(0.5) T(0.5) F(0.1).
        // T: recall 1/3, precision 1 -> + 1/3 * (1 + 1)/2         = 1/3   (P_min starts at 1)
        // F: P_min = 1/2
        // T: recall 2/3, precision 2/3 -> + 1/3 * (1/2 + 2/3)/2   = 7/36
        // F: P_min = 2/4 = 1/2
        // T: recall 1, precision 3/5 -> + 1/3 * (1/2 + 3/5)/2     = 11/60
        // F: recall unchanged, nothing added
        // total = 60/180 + 35/180 + 33/180 = 32/45
        Assert.Equal(32.0 / 45, Curves.AreaUnderPrecisionRecallCurve(TiedActual, TiedScores), Exact);
        Assert.Equal(32.0 / 45, Curves.PrecisionRecall(TiedActual, TiedScores).AreaUnderCurve, Exact);
    }

    [Fact]
    public void MlNet_style_area_under_pr_curve_depends_on_the_order_of_tied_rows()
    {
        // Same data with the tied pair at 0.9 listed negative first: F(0.9) T(0.9) T(0.7) F(0.5) T(0.5) F(0.1).
        // F: P_min = 0/1 = 0
        // T: recall 1/3, precision 1/2 -> + 1/3 * (0 + 1/2)/2 = 1/12; the rest as before: 7/36 + 11/60
        // total = 15/180 + 35/180 + 33/180 = 83/180
        bool[] actual = [false, true, true, false, true, false];
        Assert.Equal(83.0 / 180, Curves.AreaUnderPrecisionRecallCurve(actual, TiedScores), Exact);
        // Average precision and ROC AUC group ties, so they do not care about the order.
        Assert.Equal(53.0 / 90, Curves.AveragePrecision(actual, TiedScores), Exact);
        Assert.Equal(2.0 / 3, Curves.RocAuc(actual, TiedScores), Exact);
    }

    [Fact]
    public void MlNet_agrees_that_its_auprc_depends_on_the_order_of_tied_rows()
    {
        bool[] negativeFirst = [false, true, true, false, true, false];
        foreach (var actual in new[] { TiedActual, negativeFirst })
        {
            var rows = actual.Select((a, i) => new BinaryRow
            {
                Label = a,
                Score = (float)TiedScores[i],
                Probability = (float)TiedScores[i],
                PredictedLabel = TiedScores[i] > 0,
            });
            var ml = EvaluateBinary(rows);
            float[] scores = TiedScores.Select(s => (float)s).ToArray();
            Assert.Equal(ml.AreaUnderPrecisionRecallCurve, Curves.AreaUnderPrecisionRecallCurve(actual, scores), Tolerance);
            Assert.Equal(ml.AreaUnderRocCurve, Curves.RocAuc(actual, scores), Tolerance);
        }
    }

    [Fact]
    public void Perfect_scores_give_auc_1_and_average_precision_1()
    {
        bool[] actual = [false, true, false, true, true, false];
        double[] scores = [0.1, 0.8, 0.3, 0.9, 0.7, 0.2];
        Assert.Equal(1.0, Curves.RocAuc(actual, scores), Exact);
        Assert.Equal(1.0, Curves.AveragePrecision(actual, scores), Exact);
        Assert.Equal(1.0, Curves.AreaUnderPrecisionRecallCurve(actual, scores), Exact);
        var roc = Curves.Roc(actual, scores);
        Assert.Contains(roc.FalsePositiveRate.Zip(roc.TruePositiveRate), p => p.First == 0 && p.Second == 1); // the top-left corner
    }

    [Fact]
    public void Constant_scores_give_auc_one_half_and_average_precision_equal_to_the_prevalence()
    {
        bool[] actual = [true, false, false, true, false];
        double[] scores = [3, 3, 3, 3, 3];
        Assert.Equal(0.5, Curves.RocAuc(actual, scores), Exact);          // every pair is a tie
        Assert.Equal(2.0 / 5, Curves.AveragePrecision(actual, scores), Exact); // one point: recall 1, precision 2/5
        var roc = Curves.Roc(actual, scores);
        Assert.Equal([double.PositiveInfinity, 3.0], roc.Thresholds);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Reversed_scores_give_one_minus_auc(int seed)
    {
        var (actual, scores) = RandomTiedScores(seed, 250);
        double auc = Curves.RocAuc(actual, scores);
        Assert.InRange(auc, 0.55, 0.95);
        Assert.Equal(1 - auc, Curves.RocAuc(actual, scores.Select(s => -s).ToArray()), Exact);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Roc_auc_equals_the_brute_force_mann_whitney_probability(int seed)
    {
        var (actual, scores) = RandomTiedScores(seed, 150);
        double wins = 0;
        int pairs = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            if (!actual[i]) continue;
            for (int j = 0; j < actual.Length; j++)
            {
                if (actual[j]) continue;
                pairs++;
                wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
            }
        }
        Assert.Equal(wins / pairs, Curves.RocAuc(actual, scores), Exact);
        var roc = Curves.Roc(actual, scores);
        Assert.Equal(wins / pairs, Trapezoid(roc.FalsePositiveRate, roc.TruePositiveRate), 1e-9);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    public void Curves_are_monotone_and_have_one_point_per_distinct_score(int seed)
    {
        var (actual, scores) = RandomTiedScores(seed, 300);
        int distinct = scores.Distinct().Count();
        Assert.True(distinct < scores.Length, "the data should contain ties");

        var roc = Curves.Roc(actual, scores);
        Assert.Equal(distinct + 1, roc.Thresholds.Length);
        Assert.Equal(roc.Thresholds.Length, roc.FalsePositiveRate.Length);
        Assert.Equal(roc.Thresholds.Length, roc.TruePositiveRate.Length);
        for (int k = 1; k < roc.Thresholds.Length; k++)
        {
            Assert.True(roc.Thresholds[k] < roc.Thresholds[k - 1]);
            Assert.True(roc.FalsePositiveRate[k] >= roc.FalsePositiveRate[k - 1]);
            Assert.True(roc.TruePositiveRate[k] >= roc.TruePositiveRate[k - 1]);
        }
        Assert.Equal(1.0, roc.FalsePositiveRate[^1]);
        Assert.Equal(1.0, roc.TruePositiveRate[^1]);

        var pr = Curves.PrecisionRecall(actual, scores);
        Assert.Equal(distinct, pr.Thresholds.Length);
        Assert.Equal(roc.Thresholds.Skip(1), pr.Thresholds);
        Assert.Equal(1.0, pr.Recall[^1]);
        Assert.Equal((double)actual.Count(a => a) / actual.Length, pr.Precision[^1], Exact); // everything predicted positive
    }

    [Fact]
    public void Average_precision_without_ties_is_the_mean_precision_at_each_positive()
    {
        var random = new Random(8);
        bool[] actual = Enumerable.Range(0, 120).Select(_ => random.NextDouble() < 0.35).ToArray();
        double[] scores = actual.Select(a => random.NextDouble() + (a ? 0.4 : 0)).ToArray();
        Assert.Equal(scores.Length, scores.Distinct().Count());

        var ranked = Enumerable.Range(0, actual.Length).OrderByDescending(i => scores[i]).ToArray();
        var precisionsAtPositives = new List<double>();
        int tp = 0;
        for (int rank = 0; rank < ranked.Length; rank++)
        {
            if (!actual[ranked[rank]]) continue;
            tp++;
            precisionsAtPositives.Add((double)tp / (rank + 1));
        }
        Assert.Equal(precisionsAtPositives.Average(), Curves.AveragePrecision(actual, scores), Exact);
    }

    [Fact]
    public void Float_overloads_agree_with_double_overloads()
    {
        float[] scores = TiedScores.Select(s => (float)s).ToArray();
        double[] widened = scores.Select(s => (double)s).ToArray();
        Assert.Equal(Curves.RocAuc(TiedActual, widened), Curves.RocAuc(TiedActual, scores));
        Assert.Equal(Curves.Roc(TiedActual, widened).Thresholds, Curves.Roc(TiedActual, scores).Thresholds);
        Assert.Equal(Curves.AveragePrecision(TiedActual, widened), Curves.AveragePrecision(TiedActual, scores));
        Assert.Equal(Curves.PrecisionRecall(TiedActual, widened).Precision, Curves.PrecisionRecall(TiedActual, scores).Precision);
        Assert.Equal(Curves.AreaUnderPrecisionRecallCurve(TiedActual, widened), Curves.AreaUnderPrecisionRecallCurve(TiedActual, scores));
    }

    public static TheoryData<string> BinarySets => Names(BinaryNames);

    [Theory]
    [MemberData(nameof(BinarySets))]
    public void Roc_auc_and_auprc_match_MlNet(string dataSet)
    {
        var data = Binary(dataSet);
        var ml = EvaluateBinary(data.Rows);

        Assert.Equal(ml.AreaUnderRocCurve, Curves.RocAuc(data.Actual, data.Scores), Tolerance);
        Assert.Equal(ml.AreaUnderRocCurve, Curves.Roc(data.Actual, data.Scores).Auc, Tolerance);
        Assert.Equal(ml.AreaUnderPrecisionRecallCurve, Curves.AreaUnderPrecisionRecallCurve(data.Actual, data.Scores), Tolerance);
        Assert.Equal(ml.AreaUnderPrecisionRecallCurve, Curves.PrecisionRecall(data.Actual, data.Scores).AreaUnderCurve, Tolerance);
        Assert.InRange(ml.AreaUnderRocCurve, 0.6, 0.99);
    }

    [Fact]
    public void Average_precision_is_a_different_number_from_MlNet_auprc_on_tied_data()
    {
        // Documented difference, not a bug: AP is a step-function area with ties grouped; ML.NET's
        // AUPRC is a lower-trapezoid area over single rows. They are close but not equal.
        var data = Binary("seeded-ties");
        var ml = EvaluateBinary(data.Rows);
        double ap = Curves.AveragePrecision(data.Actual, data.Scores);
        Assert.True(Math.Abs(ml.AreaUnderPrecisionRecallCurve - ap) > 1e-4, $"AUPRC {ml.AreaUnderPrecisionRecallCurve} vs AP {ap}");
        Assert.Equal(ml.AreaUnderPrecisionRecallCurve, ap, 0.05);
    }

    private static (bool[] Actual, double[] Scores) RandomTiedScores(int seed, int count)
    {
        var random = new Random(seed);
        bool[] actual = Enumerable.Range(0, count).Select(_ => random.NextDouble() < 0.4).ToArray();
        if (!actual.Contains(true)) actual[0] = true;
        if (!actual.Contains(false)) actual[1] = false;
        double[] scores = actual.Select(a => Math.Round(Gaussian(random) + (a ? 1.0 : 0.0), 1)).ToArray();
        return (actual, scores);
    }

    private static double Trapezoid(double[] x, double[] y)
    {
        double area = 0;
        for (int k = 1; k < x.Length; k++)
            area += (x[k] - x[k - 1]) * (y[k] + y[k - 1]) / 2;
        return area;
    }

    private static void AssertArray(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i], actual[i], Exact);
    }
}
