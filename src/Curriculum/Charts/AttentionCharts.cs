using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace Curriculum.Charts;

/// <summary>Heatmaps of attention weights and masks. Introduced in lesson 08.</summary>
public static class AttentionCharts
{
    /// <summary>White to a mid blue, light enough that the black cell labels stay legible on the strongest weights.</summary>
    private static readonly StyleParam.Colorscale WeightScale = StyleParam.Colorscale.NewCustom(
        [Tuple.Create(0.0, Color.fromHex("#ffffff")), Tuple.Create(1.0, Color.fromHex("#4a98c9"))]);

    /// <summary>
    /// A heatmap of <paramref name="weights"/> [rows, columns] (e.g. cross-attention: one row per output token, one
    /// column per source token), rows top to bottom, each cell labelled with its value to 2 decimals (−∞, a masked score, shows as "-∞" in white). Repeated tokens
    /// stay separate columns (Plotly would merge equal category names; each label gets an invisible suffix).
    /// Introduced in lesson 08.
    /// </summary>
    public static GenericChart Heatmap(double[,] weights, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels,
        string title, string xTitle = "source token", string yTitle = "output token")
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(rowLabels);
        ArgumentNullException.ThrowIfNull(columnLabels);
        int rows = weights.GetLength(0), columns = weights.GetLength(1);
        if (rows == 0 || columns == 0) throw new ArgumentException("weights must not be empty", nameof(weights));
        if (rowLabels.Count != rows) throw new ArgumentException($"{rowLabels.Count} row labels for {rows} rows", nameof(rowLabels));
        if (columnLabels.Count != columns) throw new ArgumentException($"{columnLabels.Count} column labels for {columns} columns", nameof(columnLabels));
        var z = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, columns).Select(c => weights[r, c]).ToArray()).ToArray();
        var text = z.Select(row => row.Select(v => double.IsNegativeInfinity(v) ? "-∞" : v.ToString("0.00")).ToArray()).ToArray();
        var finite = z.SelectMany(r => r).Where(double.IsFinite).ToArray();
        // -∞ (a masked score) is drawn one unit below the smallest finite value, so masked cells stay white.
        var floor = finite.DefaultIfEmpty(0).Min() - 1;
        var shown = z.Select(row => row.Select(v => double.IsFinite(v) ? v : floor).ToArray()).ToArray();
        return Chart.AnnotatedHeatmap<double, string, string, string>(
                zData: shown, annotationText: text, X: Unique(columnLabels), Y: Unique(rowLabels),
                ColorScale: WeightScale, ReverseYAxis: true, ShowScale: false)
            .WithTitle(title)
            .WithXAxisStyle<string, string, string>(TitleText: xTitle)
            .WithYAxisStyle<string, string, string>(TitleText: yTitle)
            .WithSize(Width: Math.Min(220 + 52 * columns, 1000), Height: Math.Min(200 + 34 * rows, 800));
    }

    /// <summary>Labels made distinct by appending i zero-width spaces to the i-th one (they look the same).</summary>
    private static string[] Unique(IReadOnlyList<string> labels) =>
        labels.Select((l, i) => " " + l + new string('\u200b', i)).ToArray();
}
