using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace Curriculum.Charts;

/// <summary>Heatmaps of a matrix of numbers with labelled rows and columns (e.g. similarities between classes). Introduced in lesson 27.</summary>
public static class Heatmaps
{
    /// <summary>White (lowest) to a mid blue (highest), so black labels stay legible in every cell.</summary>
    private static readonly StyleParam.Colorscale Scale = StyleParam.Colorscale.NewCustom(
        [Tuple.Create(0.0, Color.fromHex("#ffffff")), Tuple.Create(1.0, Color.fromHex("#6baed6"))]);

    /// <summary>
    /// A heatmap of <paramref name="values"/> (values[row][column]), first row at the top, each cell labelled with its
    /// value formatted by <paramref name="format"/>. Introduced in lesson 27.
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
        var text = values.Select(row => row.Select(v => v.ToString(format, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToArray();
        // Labels prefixed with a space so Plotly treats numeric-looking labels as categories.
        return Chart.AnnotatedHeatmap<double, string, string, string>(
                zData: values, annotationText: text, X: columnLabels.Select(c => " " + c).ToArray(), Y: rowLabels.Select(r => " " + r).ToArray(),
                ColorScale: Scale, ReverseYAxis: true, ShowScale: true)
            .WithTitle(title)
            .WithXAxisStyle<string, string, string>(TitleText: xTitle)
            .WithYAxisStyle<string, string, string>(TitleText: yTitle)
            .WithSize(Width: Math.Min(260 + 60 * columnLabels.Count, 900), Height: Math.Min(200 + 45 * values.Length, 800));
    }
}
