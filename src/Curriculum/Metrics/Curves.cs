namespace Curriculum.Metrics;

/// <summary>
/// A ROC curve: for each threshold t (predict positive when score &gt;= t) the false positive rate
/// FP / N and the true positive rate TP / P. Index 0 is the point (0, 0) at threshold +infinity; after
/// that there is one point per distinct score, in decreasing threshold order, ending at (1, 1).
/// </summary>
/// <param name="FalsePositiveRate">FP / N at each threshold (the x axis).</param>
/// <param name="TruePositiveRate">TP / P at each threshold (the y axis).</param>
/// <param name="Thresholds">The thresholds, decreasing; the first is <see cref="double.PositiveInfinity"/>.</param>
/// <param name="Auc">Area under the curve (see <see cref="Curves.RocAuc(bool[], double[])"/>).</param>
public sealed record RocCurve(double[] FalsePositiveRate, double[] TruePositiveRate, double[] Thresholds, double Auc);

/// <summary>
/// A precision-recall curve: one point per distinct score t (predict positive when score &gt;= t), in
/// decreasing threshold order, so recall increases along the arrays. There is no artificial
/// (recall 0, precision 1) starting point; add one when plotting if you want the curve to reach the y axis.
/// </summary>
/// <param name="Recall">TP / P at each threshold (the x axis).</param>
/// <param name="Precision">TP / (TP + FP) at each threshold (the y axis).</param>
/// <param name="Thresholds">The thresholds (distinct scores), decreasing.</param>
/// <param name="AveragePrecision">Step-wise area, see <see cref="Curves.AveragePrecision(bool[], double[])"/>.</param>
public sealed record PrecisionRecallCurve(double[] Recall, double[] Precision, double[] Thresholds, double AveragePrecision)
{
    /// <summary>
    /// The area ML.NET reports as <c>AreaUnderPrecisionRecallCurve</c> for the same rows, see
    /// <see cref="Curves.AreaUnderPrecisionRecallCurve(bool[], double[])"/>.
    /// </summary>
    public double AreaUnderCurve { get; init; }
}

/// <summary>
/// Threshold curves for scored binary predictions: ROC and precision-recall, with their areas.
/// Scores can be any finite numbers where higher means "more likely positive" (raw margins or probabilities).
/// Introduced in lesson 03.</summary>
public static class Curves
{
    /// <summary>
    /// ROC curve: how the true positive rate trades off against the false positive rate as the decision
    /// threshold moves from +infinity down to the lowest score. Tied scores produce a single point (a
    /// diagonal step), and <see cref="RocCurve.Auc"/> equals <see cref="RocAuc(bool[], double[])"/>.
    /// Needs at least one positive and one negative. Introduced in lesson 03.
    /// </summary>
    public static RocCurve Roc(bool[] actual, double[] scores)
    {
        var (positives, negatives) = CheckScored(actual, scores, "a ROC curve", needBothClasses: true);
        var groups = GroupByScore(actual, scores);
        var fpr = new double[groups.Count + 1];
        var tpr = new double[groups.Count + 1];
        var thresholds = new double[groups.Count + 1];
        thresholds[0] = double.PositiveInfinity;
        int tp = 0, fp = 0;
        for (int g = 0; g < groups.Count; g++)
        {
            tp += groups[g].Positives;
            fp += groups[g].Negatives;
            thresholds[g + 1] = groups[g].Score;
            tpr[g + 1] = (double)tp / positives;
            fpr[g + 1] = (double)fp / negatives;
        }
        return new RocCurve(fpr, tpr, thresholds, AucFromGroups(groups, positives, negatives));
    }

    /// <summary>ROC curve for float scores (widened to double); see the double overload. Introduced in lesson 03.</summary>
    public static RocCurve Roc(bool[] actual, float[] scores) => Roc(actual, MetricGuards.ToDoubles(scores, nameof(scores)));

    /// <summary>
    /// ROC AUC: the probability that a randomly chosen positive gets a higher score than a randomly chosen
    /// negative, counting ties as one half: P(s+ &gt; s-) + 0.5 P(s+ = s-) (the Mann-Whitney statistic).
    /// This equals the trapezoid area under <see cref="Roc(bool[], double[])"/> and matches ML.NET's
    /// <c>AreaUnderRocCurve</c>. 0.5 is chance level, 1 is a perfect ranking. Needs at least one positive
    /// and one negative. Introduced in lesson 03.
    /// </summary>
    public static double RocAuc(bool[] actual, double[] scores)
    {
        var (positives, negatives) = CheckScored(actual, scores, "ROC AUC", needBothClasses: true);
        return AucFromGroups(GroupByScore(actual, scores), positives, negatives);
    }

    /// <summary>ROC AUC for float scores (widened to double): P(s+ &gt; s-) + 0.5 P(s+ = s-). Introduced in lesson 03.</summary>
    public static double RocAuc(bool[] actual, float[] scores) => RocAuc(actual, MetricGuards.ToDoubles(scores, nameof(scores)));

    /// <summary>
    /// Precision-recall curve: precision against recall as the threshold moves down through the distinct
    /// scores (one point per distinct score, so tied items enter together). Also carries
    /// <see cref="AveragePrecision(bool[], double[])"/> and, as <see cref="PrecisionRecallCurve.AreaUnderCurve"/>,
    /// ML.NET's <see cref="AreaUnderPrecisionRecallCurve(bool[], double[])"/>. Needs at least one positive.
    /// Introduced in lesson 03.
    /// </summary>
    public static PrecisionRecallCurve PrecisionRecall(bool[] actual, double[] scores)
    {
        var (positives, _) = CheckScored(actual, scores, "a precision-recall curve", needBothClasses: false);
        var groups = GroupByScore(actual, scores);
        var recall = new double[groups.Count];
        var precision = new double[groups.Count];
        var thresholds = new double[groups.Count];
        int tp = 0, fp = 0;
        for (int g = 0; g < groups.Count; g++)
        {
            tp += groups[g].Positives;
            fp += groups[g].Negatives;
            thresholds[g] = groups[g].Score;
            recall[g] = (double)tp / positives;
            precision[g] = (double)tp / (tp + fp);
        }
        return new PrecisionRecallCurve(recall, precision, thresholds, StepArea(recall, precision))
        {
            AreaUnderCurve = LowerTrapezoid(actual, scores, positives),
        };
    }

    /// <summary>Precision-recall curve for float scores (widened to double); see the double overload. Introduced in lesson 03.</summary>
    public static PrecisionRecallCurve PrecisionRecall(bool[] actual, float[] scores) =>
        PrecisionRecall(actual, MetricGuards.ToDoubles(scores, nameof(scores)));

    /// <summary>
    /// Average precision: the precision-recall curve summarised as a step function,
    /// AP = sum over distinct thresholds k of (R_k - R_{k-1}) * P_k with R_0 = 0, i.e. the mean of the
    /// precision reached at each positive (tied items enter together). Same definition as scikit-learn's
    /// <c>average_precision_score</c>; it does not depend on the order of tied rows. Needs at least one
    /// positive. Introduced in lesson 30.
    /// </summary>
    public static double AveragePrecision(bool[] actual, double[] scores) => PrecisionRecall(actual, scores).AveragePrecision;

    /// <summary>Average precision for float scores (widened to double): the step-wise area under the precision-recall curve. Introduced in lesson 30.</summary>
    public static double AveragePrecision(bool[] actual, float[] scores) =>
        AveragePrecision(actual, MetricGuards.ToDoubles(scores, nameof(scores)));

    /// <summary>
    /// The value ML.NET reports as <c>AreaUnderPrecisionRecallCurve</c> (AUPRC): the "lower trapezoid"
    /// estimator (Boyd et al., ECML 2013). Rows are sorted by decreasing score with a stable sort, so
    /// tied rows keep their input order, and are added one at a time. Each positive adds
    /// (R_i - R_prev) * (P_min + P_i) / 2, where R_i and P_i are recall and precision after adding it and
    /// P_min is the precision just before it (after any negatives since the previous positive; 1 at the
    /// start). Unlike <see cref="AveragePrecision(bool[], double[])"/> this depends on the order of tied
    /// rows, exactly as ML.NET's does (it reads rows in data-view order). ML.NET stores scores as float, so
    /// pass float-precision scores to reproduce it exactly. Needs at least one positive.
    /// Introduced in lesson 03.
    /// </summary>
    public static double AreaUnderPrecisionRecallCurve(bool[] actual, double[] scores)
    {
        var (positives, _) = CheckScored(actual, scores, "the area under a precision-recall curve", needBothClasses: false);
        return LowerTrapezoid(actual, scores, positives);
    }

    /// <summary>ML.NET's lower-trapezoid AUPRC for float scores, which is exactly what ML.NET sees; see the double overload. Introduced in lesson 03.</summary>
    public static double AreaUnderPrecisionRecallCurve(bool[] actual, float[] scores) =>
        AreaUnderPrecisionRecallCurve(actual, MetricGuards.ToDoubles(scores, nameof(scores)));

    private readonly record struct ScoreGroup(double Score, int Positives, int Negatives);

    private static (int Positives, int Negatives) CheckScored(bool[] actual, double[] scores, string what, bool needBothClasses)
    {
        MetricGuards.SameLengthNonEmpty(actual, nameof(actual), scores, nameof(scores));
        MetricGuards.Finite(scores, nameof(scores));
        int positives = needBothClasses
            ? MetricGuards.BothClasses(actual, nameof(actual), what)
            : MetricGuards.PositiveCount(actual, nameof(actual), what);
        return (positives, actual.Length - positives);
    }

    /// <summary>Distinct scores in decreasing order with the number of positives and negatives at each.</summary>
    private static List<ScoreGroup> GroupByScore(bool[] actual, double[] scores)
    {
        int[] order = DescendingOrder(scores);
        var groups = new List<ScoreGroup>();
        int i = 0;
        while (i < order.Length)
        {
            double score = scores[order[i]];
            int pos = 0, neg = 0;
            while (i < order.Length && scores[order[i]] == score)
            {
                if (actual[order[i]]) pos++; else neg++;
                i++;
            }
            groups.Add(new ScoreGroup(score, pos, neg));
        }
        return groups;
    }

    /// <summary>Indices sorted by decreasing score; stable, so ties keep their input order.</summary>
    private static int[] DescendingOrder(double[] scores) =>
        Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();

    private static double AucFromGroups(List<ScoreGroup> groups, int positives, int negatives)
    {
        // For each negative, count the positives ranked above it (1 each) and tied with it (1/2 each).
        double wins = 0;
        long positivesAbove = 0;
        foreach (var g in groups)
        {
            wins += g.Negatives * (positivesAbove + 0.5 * g.Positives);
            positivesAbove += g.Positives;
        }
        return wins / ((double)positives * negatives);
    }

    private static double StepArea(double[] recall, double[] precision)
    {
        double area = 0, previousRecall = 0;
        for (int k = 0; k < recall.Length; k++)
        {
            area += (recall[k] - previousRecall) * precision[k];
            previousRecall = recall[k];
        }
        return area;
    }

    private static double LowerTrapezoid(bool[] actual, double[] scores, int positives)
    {
        double previousRecall = 0, previousPrecisionMin = 1, area = 0;
        int tp = 0, fp = 0;
        foreach (int i in DescendingOrder(scores))
        {
            if (actual[i])
            {
                tp++;
                double recall = (double)tp / positives;
                double precision = (double)tp / (tp + fp);
                area += (recall - previousRecall) * (previousPrecisionMin + precision) / 2;
                previousPrecisionMin = precision;
                previousRecall = recall;
            }
            else
            {
                fp++;
                previousPrecisionMin = (double)tp / (tp + fp);
            }
        }
        return area;
    }
}
