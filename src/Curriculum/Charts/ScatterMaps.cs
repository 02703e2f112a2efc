using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace Curriculum.Charts;

/// <summary>Scatter plots of points in groups (e.g. a 2-D map of embeddings coloured by cluster), with hover text. Introduced in lesson 26.</summary>
public static class ScatterMaps
{
    /// <summary>One coloured series per group; <paramref name="hover"/> is shown when the pointer is over a point. Introduced in lesson 26.</summary>
    public static GenericChart Groups(string title, double[] x, double[] y, IReadOnlyList<string> group, IReadOnlyList<string> hover, string xTitle = "", string yTitle = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length != x.Length || group.Count != x.Length || hover.Count != x.Length)
            throw new ArgumentException($"x, y, group and hover must have the same length; got {x.Length}, {y.Length}, {group.Count}, {hover.Count}", nameof(group));
        var traces = Enumerable.Range(0, x.Length).GroupBy(i => group[i]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            Chart.Point<double, double, string>(x: g.Select(i => x[i]), y: g.Select(i => y[i]), Name: g.Key, MultiText: new Optional<IEnumerable<string>>(g.Select(i => hover[i]).ToArray(), true)));
        return Chart.Combine(traces).WithTitle(title)
            .WithXAxisStyle<double, double, string>(TitleText: xTitle)
            .WithYAxisStyle<double, double, string>(TitleText: yTitle)
            .WithSize(Width: 760, Height: 520);
    }
}
