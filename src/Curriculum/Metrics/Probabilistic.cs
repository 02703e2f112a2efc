using System.Globalization;

namespace Curriculum.Metrics;

/// <summary>One equal-width bin of a reliability (calibration) diagram.</summary>
/// <param name="Lower">Lower edge of the bin (inclusive).</param>
/// <param name="Upper">Upper edge of the bin (exclusive, except that the last bin also holds 1.0).</param>
/// <param name="MeanPredicted">Mean predicted probability of the items in the bin; NaN when the bin is empty.</param>
/// <param name="FractionPositive">Fraction of the items in the bin that are actually positive; NaN when the bin is empty.</param>
/// <param name="Count">Number of items in the bin.</param>
public sealed record CalibrationBin(double Lower, double Upper, double MeanPredicted, double FractionPositive, int Count);

/// <summary>
/// Metrics for predicted probabilities rather than hard labels: log loss (cross-entropy), Brier score
/// and calibration (reliability bins and expected calibration error).
/// Introduced in lesson 03.</summary>
public static class Probabilistic
{
    /// <summary>
    /// Binary log loss clips probabilities to [LogLossEpsilon, 1 - LogLossEpsilon] so that a confident
    /// wrong answer costs about 34.5 nats instead of infinity.
    /// </summary>
    public const double LogLossEpsilon = 1e-15;

    /// <summary>
    /// Binary log loss (cross-entropy) in nats: the mean of -ln(p) over positives and -ln(1 - p) over
    /// negatives, where p is the predicted probability of the positive class. 0 is perfect; always
    /// answering 0.5 scores ln 2 ≈ 0.693. Probabilities are clipped to [1e-15, 1 - 1e-15]
    /// (<see cref="LogLossEpsilon"/>) so a confident mistake is large but finite. ML.NET's binary
    /// <c>LogLoss</c> is in bits instead: use <see cref="LogLossBits(bool[], double[])"/> to compare.
    /// Introduced in lesson 03.
    /// </summary>
    public static double LogLoss(bool[] actual, double[] probabilities)
    {
        MetricGuards.SameLengthNonEmpty(actual, nameof(actual), probabilities, nameof(probabilities));
        MetricGuards.Probabilities(probabilities, nameof(probabilities));
        double sum = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            double p = Math.Clamp(probabilities[i], LogLossEpsilon, 1 - LogLossEpsilon);
            sum -= actual[i] ? Math.Log(p) : Math.Log(1 - p);
        }
        return sum / actual.Length;
    }

    /// <summary>
    /// Binary log loss in nats for float probabilities (widened to double): the mean of -ln(p) over
    /// positives and -ln(1 - p) over negatives, clipped like the double overload. Introduced in lesson 03.
    /// </summary>
    public static double LogLoss(bool[] actual, float[] probabilities) =>
        LogLoss(actual, MetricGuards.ToDoubles(probabilities, nameof(probabilities)));

    /// <summary>
    /// Binary log loss in bits: <see cref="LogLoss(bool[], double[])"/> divided by ln 2, i.e. using
    /// log base 2. This is what ML.NET's <c>CalibratedBinaryClassificationMetrics.LogLoss</c> reports
    /// (its evaluator computes <c>-Math.Log(prob, 2)</c>, although its docs write ln); always answering 0.5
    /// scores exactly 1 bit. ML.NET does not clip, so it reports infinity for a probability of exactly 0
    /// on a positive (or 1 on a negative) where this function gives about 49.8 bits; for probabilities in
    /// [1e-15, 1 - 1e-15] the two agree. Introduced in lesson 03.
    /// </summary>
    public static double LogLossBits(bool[] actual, double[] probabilities) =>
        LogLoss(actual, probabilities) / Math.Log(2);

    /// <summary>
    /// Binary log loss in bits (ML.NET's unit) for float probabilities, which is what ML.NET itself
    /// sees: the mean of -log2(p) over positives and -log2(1 - p) over negatives. Introduced in lesson 03.
    /// </summary>
    public static double LogLossBits(bool[] actual, float[] probabilities) =>
        LogLossBits(actual, MetricGuards.ToDoubles(probabilities, nameof(probabilities)));

    /// <summary>
    /// Multiclass log loss in nats: the mean of -ln(p_true), where p_true = probabilities[i][actual[i]]
    /// is the probability given to the correct class (the other entries are not used, and rows are not
    /// required to sum to 1). p_true is clipped below at 1e-15. Each row must have the same length, which
    /// is the class count, and labels must lie in [0, that length). This matches ML.NET's multiclass
    /// <c>LogLoss</c>, which also uses the natural log and clips at 1e-15. Introduced in lesson 03.
    /// </summary>
    public static double LogLoss(int[] actual, double[][] probabilities)
    {
        MetricGuards.SameLengthNonEmpty(actual, nameof(actual), probabilities, nameof(probabilities));
        int classCount = probabilities[0]?.Length ?? 0;
        for (int i = 0; i < probabilities.Length; i++)
        {
            var row = probabilities[i];
            if (row is null || row.Length != classCount || classCount == 0)
                throw new ArgumentException(
                    $"probabilities[{i}] has {(row is null ? "no row (null)" : row.Length + " items")} but every row must have "
                    + (classCount == 0 ? "at least one item." : $"the same number of items as probabilities[0] ({classCount})."),
                    nameof(probabilities));
            for (int k = 0; k < row.Length; k++)
            {
                if (!(row[k] >= 0.0 && row[k] <= 1.0))
                    throw new ArgumentOutOfRangeException(nameof(probabilities), row[k],
                        $"probabilities[{i}][{k}] is {row[k].ToString("R", CultureInfo.InvariantCulture)} but probabilities must be in [0, 1].");
            }
        }
        MetricGuards.LabelsInRange(actual, classCount, nameof(actual));
        double sum = 0;
        for (int i = 0; i < actual.Length; i++)
            sum -= Math.Log(Math.Max(probabilities[i][actual[i]], LogLossEpsilon));
        return sum / actual.Length;
    }

    /// <summary>
    /// Brier score: the mean squared difference between the predicted probability and the outcome
    /// (1 for positive, 0 for negative). 0 is perfect; always answering 0.5 scores 0.25.
    /// Introduced in lesson 03.
    /// </summary>
    public static double BrierScore(bool[] actual, double[] probabilities)
    {
        MetricGuards.SameLengthNonEmpty(actual, nameof(actual), probabilities, nameof(probabilities));
        MetricGuards.Probabilities(probabilities, nameof(probabilities));
        double sum = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            double d = probabilities[i] - (actual[i] ? 1.0 : 0.0);
            sum += d * d;
        }
        return sum / actual.Length;
    }

    /// <summary>
    /// Brier score for float probabilities (widened to double): the mean squared difference between
    /// probability and outcome. Introduced in lesson 03.
    /// </summary>
    public static double BrierScore(bool[] actual, float[] probabilities) =>
        BrierScore(actual, MetricGuards.ToDoubles(probabilities, nameof(probabilities)));

    /// <summary>
    /// Reliability-diagram bins: [0, 1] is cut into binCount equal-width bins [k/binCount, (k+1)/binCount)
    /// (1.0 goes into the last bin), and each bin reports the mean predicted probability and the fraction
    /// of actual positives among its items. A well-calibrated model has the two close in every bin. Empty
    /// bins are kept, with Count 0 and NaN means. Introduced in lesson 03.
    /// </summary>
    public static CalibrationBin[] CalibrationBins(bool[] actual, double[] probabilities, int binCount = 10)
    {
        MetricGuards.SameLengthNonEmpty(actual, nameof(actual), probabilities, nameof(probabilities));
        MetricGuards.Probabilities(probabilities, nameof(probabilities));
        MetricGuards.BinCount(binCount);
        var counts = new int[binCount];
        var positives = new int[binCount];
        var sums = new double[binCount];
        for (int i = 0; i < actual.Length; i++)
        {
            int b = BinIndex(probabilities[i], binCount);
            counts[b]++;
            sums[b] += probabilities[i];
            if (actual[i]) positives[b]++;
        }
        var bins = new CalibrationBin[binCount];
        for (int b = 0; b < binCount; b++)
        {
            bins[b] = new CalibrationBin(
                Lower: (double)b / binCount,
                Upper: (double)(b + 1) / binCount,
                MeanPredicted: counts[b] == 0 ? double.NaN : sums[b] / counts[b],
                FractionPositive: counts[b] == 0 ? double.NaN : (double)positives[b] / counts[b],
                Count: counts[b]);
        }
        return bins;
    }

    /// <summary>
    /// Reliability-diagram bins for float probabilities (widened to double): equal-width bins over
    /// [0, 1] with mean predicted probability and fraction positive in each. Introduced in lesson 03.
    /// </summary>
    public static CalibrationBin[] CalibrationBins(bool[] actual, float[] probabilities, int binCount = 10) =>
        CalibrationBins(actual, MetricGuards.ToDoubles(probabilities, nameof(probabilities)), binCount);

    /// <summary>
    /// Expected calibration error (ECE): over the equal-width bins of
    /// <see cref="CalibrationBins(bool[], double[], int)"/>, the average gap |fraction positive - mean
    /// predicted| weighted by the share of items in each bin (empty bins contribute nothing). 0 means
    /// predicted probabilities match observed frequencies. Introduced in lesson 03.
    /// </summary>
    public static double ExpectedCalibrationError(bool[] actual, double[] probabilities, int binCount = 10)
    {
        var bins = CalibrationBins(actual, probabilities, binCount);
        double ece = 0;
        foreach (var bin in bins)
        {
            if (bin.Count > 0)
                ece += (double)bin.Count / actual.Length * Math.Abs(bin.FractionPositive - bin.MeanPredicted);
        }
        return ece;
    }

    /// <summary>
    /// Expected calibration error for float probabilities (widened to double): the count-weighted mean
    /// gap between fraction positive and mean predicted probability over equal-width bins. Introduced in lesson 03.
    /// </summary>
    public static double ExpectedCalibrationError(bool[] actual, float[] probabilities, int binCount = 10) =>
        ExpectedCalibrationError(actual, MetricGuards.ToDoubles(probabilities, nameof(probabilities)), binCount);

    /// <summary>The bin k with k/binCount &lt;= p &lt; (k+1)/binCount, computed so it agrees with the reported edges.</summary>
    private static int BinIndex(double p, int binCount)
    {
        int b = Math.Min((int)(p * binCount), binCount - 1);
        if (b > 0 && p < (double)b / binCount) b--;
        else if (b < binCount - 1 && p >= (double)(b + 1) / binCount) b++;
        return b;
    }
}
