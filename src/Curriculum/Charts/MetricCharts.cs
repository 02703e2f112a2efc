using Curriculum.Metrics;
using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace Curriculum.Charts;

/// <summary>Charts of classifier quality: confusion matrix, ROC and precision-recall curves. Introduced in lesson 01.</summary>
public static class MetricCharts
{
    /// <summary>White to a mid blue: dark enough to show where counts are, light enough that black counts stay legible.</summary>
    private static readonly StyleParam.Colorscale CountScale = StyleParam.Colorscale.NewCustom(
        [Tuple.Create(0.0, Color.fromHex("#ffffff")), Tuple.Create(1.0, Color.fromHex("#6baed6"))]);

    /// <summary>
    /// A confusion-matrix heatmap, rows = actual class, columns = predicted class, each cell labelled with its count.
    /// <paramref name="classNames"/> defaults to 0..n-1. Introduced in lesson 01.
    /// </summary>
    public static GenericChart ConfusionMatrix(int[,] counts, string title = "Confusion matrix", string[]? classNames = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var n = counts.GetLength(0);
        if (n == 0 || counts.GetLength(1) != n)
            throw new ArgumentException($"counts must be a non-empty square matrix; got {counts.GetLength(0)}x{counts.GetLength(1)}", nameof(counts));
        classNames ??= Enumerable.Range(0, n).Select(i => i.ToString()).ToArray();
        if (classNames.Length != n)
            throw new ArgumentException($"classNames has {classNames.Length} names but the matrix has {n} classes", nameof(classNames));
        var z = Enumerable.Range(0, n).Select(r => Enumerable.Range(0, n).Select(c => (double)counts[r, c]).ToArray()).ToArray();
        var text = Enumerable.Range(0, n).Select(r => Enumerable.Range(0, n).Select(c => counts[r, c].ToString()).ToArray()).ToArray();
        // Category labels prefixed so Plotly treats "0".."9" as categories, not numbers.
        var labels = classNames.Select(c => " " + c).ToArray();
        return Chart.AnnotatedHeatmap<double, string, string, string>(
                zData: z, annotationText: text, X: labels, Y: labels,
                ColorScale: CountScale, ReverseYAxis: true, ShowScale: false)
            .WithTitle(title)
            .WithXAxisStyle<string, string, string>(TitleText: "predicted")
            .WithYAxisStyle<string, string, string>(TitleText: "actual")
            .WithSize(Width: Math.Min(200 + 45 * n, 700), Height: Math.Min(180 + 45 * n, 680));
    }

    /// <summary>ROC curves (one per named model) with the chance diagonal; AUC in each legend entry. Introduced in lesson 03.</summary>
    public static GenericChart Roc(params (string Name, RocCurve Curve)[] curves)
    {
        if (curves is null || curves.Length == 0) throw new ArgumentException("need at least one curve", nameof(curves));
        var lines = curves.Select(c => new Series($"{c.Name} (AUC {c.Curve.Auc:0.0000})", c.Curve.FalsePositiveRate, c.Curve.TruePositiveRate))
            .Append(new Series("chance", [0, 1], [0, 1])).ToArray();
        return LineCharts.Lines("ROC curve", "false positive rate", "true positive rate (recall)", lines);
    }

    /// <summary>Precision-recall curves with the base rate (precision of guessing); AP in each legend entry. Introduced in lesson 03.</summary>
    public static GenericChart PrecisionRecall(double baseRate, params (string Name, PrecisionRecallCurve Curve)[] curves)
    {
        if (curves is null || curves.Length == 0) throw new ArgumentException("need at least one curve", nameof(curves));
        if (baseRate is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(baseRate), baseRate, "the base rate is a fraction in [0, 1]");
        var lines = curves.Select(c => new Series($"{c.Name} (AP {c.Curve.AveragePrecision:0.0000})", c.Curve.Recall, c.Curve.Precision))
            .Append(new Series($"base rate {baseRate:0.00}", [0, 1], [baseRate, baseRate])).ToArray();
        return LineCharts.Lines("Precision-recall curve", "recall", "precision", lines);
    }
}
