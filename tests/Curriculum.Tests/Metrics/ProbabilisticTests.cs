using Curriculum.Metrics;
using static Curriculum.Tests.Metrics.MlNetReference;

namespace Curriculum.Tests.Metrics;

public class ProbabilisticTests
{
    private const double Exact = 1e-12;

    private static readonly bool[] Actual = [true, false, true, false];
    private static readonly double[] Probabilities = [0.8, 0.3, 0.5, 0.1];

    [Fact]
    public void Log_loss_by_hand()
    {
        // -ln 0.8 = 0.22314, -ln(1 - 0.3) = 0.35667, -ln 0.5 = 0.69315, -ln(1 - 0.1) = 0.10536
        // mean = 1.37833 / 4 = 0.34458
        double expected = -(Math.Log(0.8) + Math.Log(0.7) + Math.Log(0.5) + Math.Log(0.9)) / 4;
        Assert.Equal(0.344581548, expected, 1e-9);
        Assert.Equal(expected, Probabilistic.LogLoss(Actual, Probabilities), Exact);
    }

    [Fact]
    public void Log_loss_in_bits_is_log_loss_divided_by_ln_2()
    {
        double expected = -(Math.Log2(0.8) + Math.Log2(0.7) + Math.Log2(0.5) + Math.Log2(0.9)) / 4;
        Assert.Equal(expected, Probabilistic.LogLossBits(Actual, Probabilities), Exact);
    }

    [Fact]
    public void Always_answering_one_half_costs_ln_2_nats_or_1_bit()
    {
        bool[] actual = [true, false, false, true, true];
        double[] half = [0.5, 0.5, 0.5, 0.5, 0.5];
        Assert.Equal(Math.Log(2), Probabilistic.LogLoss(actual, half), Exact);
        Assert.Equal(1.0, Probabilistic.LogLossBits(actual, half), Exact);
    }

    [Fact]
    public void Log_loss_clips_certain_mistakes_to_a_large_finite_value()
    {
        // p = 0 for a positive and p = 1 for a negative are clipped to 1e-15 and 1 - 1e-15.
        Assert.Equal(-Math.Log(1e-15), Probabilistic.LogLoss([true], [0.0]), 1e-9);             // about 34.54 nats
        Assert.Equal(-Math.Log(1 - (1 - 1e-15)), Probabilistic.LogLoss([false], [1.0]), 1e-9);
        Assert.True(double.IsFinite(Probabilistic.LogLossBits([true, false], [0.0, 1.0])));
        // Certain and right costs (almost) nothing.
        Assert.Equal(0.0, Probabilistic.LogLoss([true, false], [1.0, 0.0]), 1e-12);
    }

    [Fact]
    public void Multiclass_log_loss_by_hand()
    {
        int[] actual = [0, 2, 1];
        double[][] probabilities =
        [
            [0.7, 0.2, 0.1], // p_true = 0.7
            [0.1, 0.1, 0.8], // p_true = 0.8
            [0.3, 0.4, 0.3], // p_true = 0.4
        ];
        double expected = -(Math.Log(0.7) + Math.Log(0.8) + Math.Log(0.4)) / 3; // = 0.49851
        Assert.Equal(expected, Probabilistic.LogLoss(actual, probabilities), Exact);
        // p_true = 0 is clipped to 1e-15
        Assert.Equal(-Math.Log(1e-15), Probabilistic.LogLoss([1], [[1.0, 0.0]]), 1e-9);
    }

    [Fact]
    public void Two_class_multiclass_log_loss_equals_binary_log_loss()
    {
        int[] labels = Actual.Select(a => a ? 1 : 0).ToArray();
        double[][] rows = Probabilities.Select(p => new[] { 1 - p, p }).ToArray();
        Assert.Equal(Probabilistic.LogLoss(Actual, Probabilities), Probabilistic.LogLoss(labels, rows), Exact);
    }

    [Fact]
    public void Brier_score_by_hand()
    {
        // (1 - 0.8)² + 0.3² + (1 - 0.5)² + 0.1² = 0.04 + 0.09 + 0.25 + 0.01 = 0.39; / 4 = 0.0975
        Assert.Equal(0.0975, Probabilistic.BrierScore(Actual, Probabilities), Exact);
        Assert.Equal(0.25, Probabilistic.BrierScore([true, false], [0.5, 0.5]), Exact);
    }

    [Fact]
    public void Calibration_bins_by_hand()
    {
        bool[] actual = [false, true, false, true, true, false];
        double[] probabilities = [0.05, 0.15, 0.12, 0.95, 1.0, 0.5];
        var bins = Probabilistic.CalibrationBins(actual, probabilities);
        Assert.Equal(10, bins.Length);
        // bin 0 [0, 0.1): 0.05 (negative)            -> mean 0.05, fraction 0
        // bin 1 [0.1, 0.2): 0.15 (pos), 0.12 (neg)   -> mean 0.135, fraction 0.5
        // bin 5 [0.5, 0.6): 0.5 (neg)                -> mean 0.5, fraction 0
        // bin 9 [0.9, 1.0]: 0.95 (pos), 1.0 (pos)    -> mean 0.975, fraction 1   (1.0 goes into the last bin)
        AssertBin(bins[0], 0.0, 0.1, 0.05, 0.0, 1);
        AssertBin(bins[1], 0.1, 0.2, 0.135, 0.5, 2);
        AssertBin(bins[5], 0.5, 0.6, 0.5, 0.0, 1);
        AssertBin(bins[9], 0.9, 1.0, 0.975, 1.0, 2);
        foreach (int empty in new[] { 2, 3, 4, 6, 7, 8 })
        {
            Assert.Equal(0, bins[empty].Count);
            Assert.True(double.IsNaN(bins[empty].MeanPredicted));
            Assert.True(double.IsNaN(bins[empty].FractionPositive));
        }
        // ECE = (1·0.05 + 2·|0.5 - 0.135| + 1·0.5 + 2·|1 - 0.975|) / 6 = (0.05 + 0.73 + 0.5 + 0.05) / 6 = 1.33 / 6
        Assert.Equal(1.33 / 6, Probabilistic.ExpectedCalibrationError(actual, probabilities), Exact);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(7)]
    [InlineData(3)]
    [InlineData(1)]
    public void A_probability_on_a_bin_edge_goes_into_the_bin_it_starts(int binCount)
    {
        for (int k = 0; k <= binCount; k++)
        {
            double p = (double)k / binCount;
            var bins = Probabilistic.CalibrationBins([true], [p], binCount);
            int expectedBin = Math.Min(k, binCount - 1); // 1.0 goes into the last bin
            Assert.Equal(1, bins[expectedBin].Count);
            Assert.Equal(1, bins.Sum(b => b.Count));
            Assert.True(bins[expectedBin].Lower <= p && (p < bins[expectedBin].Upper || k == binCount));
        }
    }

    [Fact]
    public void Bins_cover_zero_to_one_and_hold_every_item()
    {
        var random = new Random(3);
        bool[] actual = Enumerable.Range(0, 500).Select(_ => random.NextDouble() < 0.5).ToArray();
        double[] probabilities = actual.Select(_ => Math.Round(random.NextDouble(), 2)).ToArray();
        var bins = Probabilistic.CalibrationBins(actual, probabilities, binCount: 8);
        Assert.Equal(0.0, bins[0].Lower);
        Assert.Equal(1.0, bins[^1].Upper);
        for (int b = 1; b < bins.Length; b++)
            Assert.Equal(bins[b - 1].Upper, bins[b].Lower);
        Assert.Equal(actual.Length, bins.Sum(b => b.Count));
        foreach (var bin in bins.Where(b => b.Count > 0))
            Assert.InRange(bin.MeanPredicted, bin.Lower, bin.Upper);
    }

    [Fact]
    public void Perfectly_calibrated_predictions_have_zero_ece_and_a_constant_guess_has_ece_equal_to_its_error()
    {
        // 0.25 predicted for 8 items of which exactly 2 are positive; 0.75 for 4 items of which 3 are positive.
        bool[] actual = [true, true, false, false, false, false, false, false, true, true, true, false];
        double[] calibrated = [.. Enumerable.Repeat(0.25, 8), .. Enumerable.Repeat(0.75, 4)];
        Assert.Equal(0.0, Probabilistic.ExpectedCalibrationError(actual, calibrated), Exact);

        // Saying 0.9 for everything when 5 of 12 are positive: one bin, gap |5/12 - 0.9|.
        double[] overconfident = Enumerable.Repeat(0.9, 12).ToArray();
        Assert.Equal(0.9 - 5.0 / 12, Probabilistic.ExpectedCalibrationError(actual, overconfident), Exact);
    }

    [Fact]
    public void Float_overloads_agree_with_double_overloads()
    {
        float[] p = Probabilities.Select(x => (float)x).ToArray();
        double[] widened = p.Select(x => (double)x).ToArray();
        Assert.Equal(Probabilistic.LogLoss(Actual, widened), Probabilistic.LogLoss(Actual, p));
        Assert.Equal(Probabilistic.LogLossBits(Actual, widened), Probabilistic.LogLossBits(Actual, p));
        Assert.Equal(Probabilistic.BrierScore(Actual, widened), Probabilistic.BrierScore(Actual, p));
        Assert.Equal(Probabilistic.ExpectedCalibrationError(Actual, widened, 4), Probabilistic.ExpectedCalibrationError(Actual, p, 4));
        Assert.Equal(Probabilistic.CalibrationBins(Actual, widened), Probabilistic.CalibrationBins(Actual, p));
    }

    public static TheoryData<string> BinarySets => Names(BinaryNames);
    public static TheoryData<string> MulticlassSets => Names(MulticlassNames);

    [Theory]
    [MemberData(nameof(BinarySets))]
    public void MlNet_binary_log_loss_is_in_bits(string dataSet)
    {
        var data = Binary(dataSet);
        var ml = EvaluateBinary(data.Rows);
        Assert.Equal(ml.LogLoss, Probabilistic.LogLossBits(data.Actual, data.Probabilities), Tolerance);
        // ... and so it is not the natural-log value (which is ln 2 ≈ 0.69 times smaller).
        double nats = Probabilistic.LogLoss(data.Actual, data.Probabilities);
        Assert.Equal(ml.LogLoss * Math.Log(2), nats, Tolerance);
        Assert.True(Math.Abs(ml.LogLoss - nats) > 0.05);
        // Entropy is the log loss (in bits) of always predicting the positive rate.
        double prior = (double)data.Actual.Count(a => a) / data.Actual.Length;
        double[] priorGuess = Enumerable.Repeat(prior, data.Actual.Length).ToArray();
        Assert.Equal(ml.Entropy, Probabilistic.LogLossBits(data.Actual, priorGuess), Tolerance);
    }

    [Fact]
    public void MlNet_binary_log_loss_does_not_clip()
    {
        // A probability of exactly 0 on a positive: ML.NET reports infinity, we report about 49.8 bits.
        BinaryRow[] rows =
        [
            new() { Label = true, Score = -5, Probability = 0f, PredictedLabel = false },
            new() { Label = false, Score = -1, Probability = 0.2f, PredictedLabel = false },
        ];
        var ml = EvaluateBinary(rows);
        Assert.True(double.IsPositiveInfinity(ml.LogLoss), $"ML.NET gave {ml.LogLoss}");
        double ours = Probabilistic.LogLossBits([true, false], [0.0, 0.2]);
        Assert.Equal((-Math.Log2(1e-15) - Math.Log2(0.8)) / 2, ours, 1e-9);
    }

    [Theory]
    [MemberData(nameof(MulticlassSets))]
    public void Multiclass_log_loss_matches_MlNet_in_nats(string dataSet)
    {
        var data = Multiclass(dataSet);
        var ml = EvaluateMulticlass(data);
        Assert.Equal(ml.LogLoss, Probabilistic.LogLoss(data.Actual, data.Probabilities), Tolerance);
    }

    [Fact]
    public void Multiclass_log_loss_clips_like_MlNet()
    {
        var data = new MulticlassData("with-a-zero", 3, [0, 1, 2],
            [[0.0, 0.5, 0.5], [0.2, 0.7, 0.1], [0.1, 0.1, 0.8]],
            [[0f, 0.5f, 0.5f], [0.2f, 0.7f, 0.1f], [0.1f, 0.1f, 0.8f]]);
        var ml = EvaluateMulticlass(data);
        Assert.Equal(ml.LogLoss, Probabilistic.LogLoss(data.Actual, data.Probabilities), Tolerance);
        Assert.True(ml.LogLoss > 11, "the clipped zero should dominate (34.5 / 3)");
    }

    private static void AssertBin(CalibrationBin bin, double lower, double upper, double meanPredicted, double fractionPositive, int count)
    {
        Assert.Equal(lower, bin.Lower, Exact);
        Assert.Equal(upper, bin.Upper, Exact);
        Assert.Equal(meanPredicted, bin.MeanPredicted, Exact);
        Assert.Equal(fractionPositive, bin.FractionPositive, Exact);
        Assert.Equal(count, bin.Count);
    }
}
