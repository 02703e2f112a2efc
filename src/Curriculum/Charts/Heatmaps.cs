using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace Curriculum.Charts;

/// <summary>
/// Heatmaps of a matrix of numbers with labelled rows and columns, first row at the top: small ones with every value
/// written in its cell (attention weights of a short sentence, similarities between classes, a grid of settings), and
/// large attention maps of a long sequence without cell labels. Introduced in lesson 08.
/// </summary>
public static class Heatmaps
{
    /// <summary>White (lowest) to a mid blue (highest), light enough that black cell labels stay legible.</summary>
    private static readonly StyleParam.Colorscale Light = StyleParam.Colorscale.NewCustom(
        [Tuple.Create(0.0, Color.fromHex("#ffffff")), Tuple.Create(1.0, Color.fromHex("#6baed6"))]);

    /// <summary>White to a dark blue, for maps without cell labels.</summary>
    private static readonly StyleParam.Colorscale Dark = StyleParam.Colorscale.NewCustom(
        [Tuple.Create(0.0, Color.fromHex("#ffffff")), Tuple.Create(1.0, Color.fromHex("#08519c"))]);

    /// <summary>
    /// A heatmap of <paramref name="values"/> (values[row][column]), each cell labelled with its value formatted by
    /// <paramref name="format"/>. −∞ (a masked attention score) shows as "-∞" and is drawn in the lowest colour.
    /// Repeated labels (the same word twice) stay separate rows or columns. Introduced in lesson 08.
    /// </summary>
    public static GenericChart Annotated(double[][] values, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels,
        string title, string xTitle = "", string yTitle = "", string format = "0.00")
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(rowLabels);
        ArgumentNullException.ThrowIfNull(columnLabels);
        if (values.Length == 0) throw new ArgumentException("values has no rows", nameof(values));
        if (rowLabels.Count != values.Length)
            throw new ArgumentException($"rowLabels has {rowLabels.Count} labels but values has {values.Length} rows", nameof(rowLabels));
        for (var r = 0; r < values.Length; r++)
            if (values[r] is null || values[r].Length != columnLabels.Count)
                throw new ArgumentException($"row {r} of values has {values[r]?.Length ?? 0} values, expected {columnLabels.Count} (one per column label)", nameof(values));
        var text = values.Select(row => row.Select(v => double.IsNegativeInfinity(v) ? "-∞"
            : v.ToString(format, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToArray();
        // −∞ is drawn one unit below the smallest finite value, so masked cells take the lowest colour.
        var floor = values.SelectMany(r => r).Where(double.IsFinite).DefaultIfEmpty(0).Min() - 1;
        var shown = values.Select(row => row.Select(v => double.IsFinite(v) ? v : floor).ToArray()).ToArray();
        return Chart.AnnotatedHeatmap<double, string, string, string>(
                zData: shown, annotationText: text, X: Distinct(columnLabels), Y: Distinct(rowLabels),
                ColorScale: Light, ReverseYAxis: true, ShowScale: true)
            .WithTitle(title)
            .WithXAxisStyle<string, string, string>(TitleText: xTitle)
            .WithYAxisStyle<string, string, string>(TitleText: yTitle)
            .WithSize(Width: Math.Min(260 + 60 * columnLabels.Count, 1000), Height: Math.Min(200 + 45 * values.Length, 800));
    }

    /// <summary><see cref="Annotated(double[][], IReadOnlyList{string}, IReadOnlyList{string}, string, string, string, string)"/> for a [rows, columns] array. Introduced in lesson 08.</summary>
    public static GenericChart Annotated(double[,] values, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels,
        string title, string xTitle = "", string yTitle = "", string format = "0.00")
    {
        ArgumentNullException.ThrowIfNull(values);
        var rows = Enumerable.Range(0, values.GetLength(0)).Select(r => Enumerable.Range(0, values.GetLength(1)).Select(c => values[r, c]).ToArray()).ToArray();
        return Annotated(rows, rowLabels, columnLabels, title, xTitle, yTitle, format);
    }

    /// <summary>
    /// An attention map of a long sequence: <paramref name="weights"/>[query][key], no cell labels, optional tick labels
    /// (e.g. the characters; a space shows as ␣, a newline as ¶), first query at the top. Introduced in lesson 12.
    /// </summary>
    public static GenericChart Attention(double[][] weights, string title, IReadOnlyList<string>? queryLabels = null, IReadOnlyList<string>? keyLabels = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length == 0 || weights.Any(r => r is null || r.Length != weights[0].Length) || weights[0].Length == 0)
            throw new ArgumentException("weights must be a non-empty rectangular matrix", nameof(weights));
        if (queryLabels is not null && queryLabels.Count != weights.Length)
            throw new ArgumentException($"{queryLabels.Count} query labels for {weights.Length} rows", nameof(queryLabels));
        if (keyLabels is not null && keyLabels.Count != weights[0].Length)
            throw new ArgumentException($"{keyLabels.Count} key labels for {weights[0].Length} columns", nameof(keyLabels));
        // Position-prefixed labels keep repeated characters apart (Plotly merges equal category names).
        var rows = (queryLabels ?? Enumerable.Range(0, weights.Length).Select(i => i.ToString()).ToArray()).Select((l, i) => $"{i}:{Show(l)}").ToArray();
        var cols = (keyLabels ?? Enumerable.Range(0, weights[0].Length).Select(i => i.ToString()).ToArray()).Select((l, i) => $"{i}:{Show(l)}").ToArray();
        return Chart.Heatmap<double, string, string, string>(zData: weights, X: cols, Y: rows, ColorScale: Dark, ReverseYAxis: true)
            .WithTitle(title)
            .WithXAxisStyle<string, string, string>(TitleText: "key position (looked at)")
            .WithYAxisStyle<string, string, string>(TitleText: "query position (looking)")
            .WithSize(Width: Math.Min(260 + 16 * cols.Length, 900), Height: Math.Min(220 + 16 * rows.Length, 860));
    }

    /// <summary>Labels made distinct (Plotly merges equal category names): a leading space keeps numbers categorical, and
    /// the i-th label gets i zero-width spaces, so they look the same.</summary>
    private static string[] Distinct(IReadOnlyList<string> labels) =>
        labels.Select((l, i) => " " + l + new string('\u200b', i)).ToArray();

    private static string Show(string label) => label switch { " " => "␣", "\n" => "¶", _ => label };
}
