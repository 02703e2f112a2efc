namespace Curriculum.Metrics;

/// <summary>Precision, recall, F1 and support of one class, as returned by <see cref="Classification.PerClass"/>.</summary>
/// <param name="Class">The class label, in [0, classCount).</param>
/// <param name="Precision">Of the items predicted as this class, the fraction that really are (0 when none were predicted).</param>
/// <param name="Recall">Of the items that really are this class, the fraction predicted as it (0 when there are none).</param>
/// <param name="F1">Harmonic mean of precision and recall (0 when both are 0).</param>
/// <param name="Support">How many items really are this class.</param>
public sealed record ClassMetrics(int Class, double Precision, double Recall, double F1, int Support);

/// <summary>
/// Metrics for hard (already thresholded) predictions: accuracy, precision, recall, F1, macro-F1
/// and confusion matrices. Binary truth is <c>bool</c> with <c>true</c> the positive class;
/// multiclass labels are integers in [0, classCount).
/// Where a ratio would be 0/0 (for example precision when nothing was predicted positive) the
/// result is defined as 0, the same convention ML.NET uses.
/// Introduced in lesson 01.</summary>
public static class Classification
{
    /// <summary>
    /// Accuracy: the fraction of items whose predicted label equals the actual label.
    /// Labels may be any integers here (no classCount is needed). Introduced in lesson 01.
    /// </summary>
    public static double Accuracy(int[] actual, int[] predicted)
    {
        MetricGuards.SameLengthNonEmpty(actual, nameof(actual), predicted, nameof(predicted));
        int correct = 0;
        for (int i = 0; i < actual.Length; i++)
            if (actual[i] == predicted[i]) correct++;
        return (double)correct / actual.Length;
    }

    /// <summary>
    /// Accuracy: the fraction of items whose predicted class (positive or negative) equals the actual class.
    /// Introduced in lesson 01.
    /// </summary>
    public static double Accuracy(bool[] actual, bool[] predicted)
    {
        var c = Count(actual, predicted);
        return (double)(c.TruePositive + c.TrueNegative) / actual.Length;
    }

    /// <summary>
    /// Precision: of the items predicted positive, the fraction that are actually positive, TP / (TP + FP).
    /// Defined as 0 when nothing is predicted positive (0/0). Introduced in lesson 03.
    /// </summary>
    public static double Precision(bool[] actual, bool[] predicted)
    {
        var c = Count(actual, predicted);
        return Ratio(c.TruePositive, c.TruePositive + c.FalsePositive);
    }

    /// <summary>
    /// Recall (true positive rate, sensitivity): of the actually positive items, the fraction predicted
    /// positive, TP / (TP + FN). Defined as 0 when there are no actual positives (0/0). Introduced in lesson 03.
    /// </summary>
    public static double Recall(bool[] actual, bool[] predicted)
    {
        var c = Count(actual, predicted);
        return Ratio(c.TruePositive, c.TruePositive + c.FalseNegative);
    }

    /// <summary>
    /// F1 score: the harmonic mean of precision and recall, 2PR / (P + R), which is high only when both are.
    /// Defined as 0 when precision and recall are both 0. Introduced in lesson 01.
    /// </summary>
    public static double F1(bool[] actual, bool[] predicted)
    {
        var c = Count(actual, predicted);
        return F1(Ratio(c.TruePositive, c.TruePositive + c.FalsePositive), Ratio(c.TruePositive, c.TruePositive + c.FalseNegative));
    }

    /// <summary>
    /// Precision, recall, F1 and support for each class 0..classCount-1, treating that class as
    /// "positive" and all others as "negative". 0/0 ratios are defined as 0, so a class that is never
    /// predicted has precision 0 and a class that never occurs has recall 0. Introduced in lesson 03.
    /// </summary>
    public static ClassMetrics[] PerClass(int[] actual, int[] predicted, int classCount)
    {
        int[,] m = ConfusionMatrix(actual, predicted, classCount);
        var result = new ClassMetrics[classCount];
        for (int k = 0; k < classCount; k++)
        {
            int truePositive = m[k, k];
            int support = 0, predictedCount = 0;
            for (int j = 0; j < classCount; j++)
            {
                support += m[k, j];
                predictedCount += m[j, k];
            }
            double precision = Ratio(truePositive, predictedCount);
            double recall = Ratio(truePositive, support);
            result[k] = new ClassMetrics(k, precision, recall, F1(precision, recall), support);
        }
        return result;
    }

    /// <summary>
    /// Macro-averaged F1: the unweighted mean of the per-class F1 scores over all classCount classes,
    /// so every class counts equally however rare it is. A class that neither occurs nor is predicted
    /// contributes F1 = 0 (0/0 convention). Introduced in lesson 01.
    /// </summary>
    public static double MacroF1(int[] actual, int[] predicted, int classCount)
    {
        var perClass = PerClass(actual, predicted, classCount);
        double sum = 0;
        foreach (var c in perClass)
            sum += c.F1;
        return sum / classCount;
    }

    /// <summary>
    /// Confusion matrix: entry [a, p] counts the items whose actual label is a and predicted label is p,
    /// so the diagonal holds the correct predictions and each row sums to that class's support.
    /// Introduced in lesson 01.
    /// </summary>
    public static int[,] ConfusionMatrix(int[] actual, int[] predicted, int classCount)
    {
        MetricGuards.SameLengthNonEmpty(actual, nameof(actual), predicted, nameof(predicted));
        MetricGuards.ClassCount(classCount);
        MetricGuards.LabelsInRange(actual, classCount, nameof(actual));
        MetricGuards.LabelsInRange(predicted, classCount, nameof(predicted));
        var m = new int[classCount, classCount];
        for (int i = 0; i < actual.Length; i++)
            m[actual[i], predicted[i]]++;
        return m;
    }

    /// <summary>
    /// Binary confusion matrix, a 2x2 array indexed [actual, predicted] with index 1 = positive and
    /// 0 = negative: [1,1] = TP, [1,0] = FN, [0,1] = FP, [0,0] = TN. Introduced in lesson 01.
    /// </summary>
    public static int[,] ConfusionMatrix(bool[] actual, bool[] predicted)
    {
        var c = Count(actual, predicted);
        return new int[,]
        {
            { c.TrueNegative, c.FalsePositive },
            { c.FalseNegative, c.TruePositive },
        };
    }

    private readonly record struct Counts(int TruePositive, int FalsePositive, int FalseNegative, int TrueNegative);

    private static Counts Count(bool[] actual, bool[] predicted)
    {
        MetricGuards.SameLengthNonEmpty(actual, nameof(actual), predicted, nameof(predicted));
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            if (actual[i])
            {
                if (predicted[i]) tp++; else fn++;
            }
            else
            {
                if (predicted[i]) fp++; else tn++;
            }
        }
        return new Counts(tp, fp, fn, tn);
    }

    private static double Ratio(int numerator, int denominator) =>
        denominator == 0 ? 0.0 : (double)numerator / denominator;

    private static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
}
