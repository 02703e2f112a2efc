using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace Curriculum.Charts;

/// <summary>Heatmaps of attention weights and masks: rows = the position that looks (query), columns = the position looked at (key). Introduced in lesson 12.</summary>
public static class AttentionMaps
{
    private static readonly StyleParam.Colorscale WeightScale = StyleParam.Colorscale.NewCustom(
        [Tuple.Create(0.0, Color.fromHex("#ffffff")), Tuple.Create(1.0, Color.fromHex("#08519c"))]);

    /// <summary>
    /// A heatmap of <paramref name="weights"/>[query][key] with optional tick labels (e.g. the characters), first query at
    /// the top. Introduced in lesson 12.
    /// </summary>
    public static GenericChart Heatmap(double[][] weights, string title, IReadOnlyList<string>? queryLabels = null, IReadOnlyList<string>? keyLabels = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length == 0 || weights.Any(r => r.Length != weights[0].Length))
            throw new ArgumentException("weights must be a non-empty rectangular matrix", nameof(weights));
        if (queryLabels is not null && queryLabels.Count != weights.Length)
            throw new ArgumentException($"{queryLabels.Count} query labels for {weights.Length} rows", nameof(queryLabels));
        if (keyLabels is not null && keyLabels.Count != weights[0].Length)
            throw new ArgumentException($"{keyLabels.Count} key labels for {weights[0].Length} columns", nameof(keyLabels));
        // Position-prefixed labels keep repeated characters apart (Plotly merges equal category names).
        var rows = (queryLabels ?? Enumerable.Range(0, weights.Length).Select(i => i.ToString()).ToArray()).Select((l, i) => $"{i}:{Show(l)}").ToArray();
        var cols = (keyLabels ?? Enumerable.Range(0, weights[0].Length).Select(i => i.ToString()).ToArray()).Select((l, i) => $"{i}:{Show(l)}").ToArray();
        return Chart.Heatmap<double, string, string, string>(zData: weights, X: cols, Y: rows,
                ColorScale: WeightScale, ReverseYAxis: true)
            .WithTitle(title)
            .WithXAxisStyle<string, string, string>(TitleText: "key position (looked at)")
            .WithYAxisStyle<string, string, string>(TitleText: "query position (looking)")
            .WithSize(Width: Math.Min(260 + 16 * cols.Length, 900), Height: Math.Min(220 + 16 * rows.Length, 860));
    }

    private static string Show(string label) => label switch { " " => "␣", "\n" => "¶", _ => label };
}
