using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace Curriculum.Charts;

/// <summary>Bar charts for named values: feature weights, model comparisons, timings. Introduced in lesson 01.</summary>
public static class BarCharts
{
    /// <summary>
    /// Horizontal bars, one per label, drawn top to bottom in the given order (good for long labels such as words).
    /// Introduced in lesson 02.
    /// </summary>
    public static GenericChart Horizontal(string title, IReadOnlyList<string> labels, IReadOnlyList<double> values, string valueTitle = "")
    {
        Validate(labels, values);
        // Plotly draws the first category at the bottom; reverse so the list reads top-down.
        var chart = Chart.Bar<double, string, string>(values: values.Reverse(), Keys: labels.Reverse().ToArray())
            .WithTitle(title)
            .WithXAxisStyle<double, double, string>(TitleText: valueTitle)
            .WithSize(Width: 720, Height: 120 + 22 * labels.Count);
        return chart;
    }

    /// <summary>Vertical bars, one per label (e.g. one per model). Introduced in lesson 01.</summary>
    public static GenericChart Columns(string title, IReadOnlyList<string> labels, IReadOnlyList<double> values, string valueTitle = "")
    {
        Validate(labels, values);
        return Chart.Column<double, string, string>(values: values, Keys: labels.ToArray())
            .WithTitle(title)
            .WithYAxisStyle<double, double, string>(TitleText: valueTitle)
            .WithSize(Width: Math.Min(160 + 90 * labels.Count, 900), Height: 400);
    }

    private static void Validate(IReadOnlyList<string> labels, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(values);
        if (labels.Count == 0) throw new ArgumentException("need at least one bar", nameof(labels));
        if (labels.Count != values.Count)
            throw new ArgumentException($"there are {labels.Count} labels but {values.Count} values", nameof(values));
    }
}
