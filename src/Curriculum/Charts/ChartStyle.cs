using Microsoft.FSharp.Core;
using Plotly.NET;

namespace Curriculum.Charts;

/// <summary>
/// Small bridges to Plotly.NET's F# API where Plotly.NET.CSharp has no wrapper (F# optional parameters cannot be
/// left out from C#, so they are passed as None here once).
/// </summary>
public static class ChartStyle
{
    /// <summary>Sets the chart's title.</summary>
    public static GenericChart WithTitle(this GenericChart chart, string title) =>
        Plotly.NET.Chart.withTitle(title, FSharpOption<Font>.None).Invoke(chart);

    /// <summary>
    /// Pixel coordinates on every small image of a grid are clutter: hides ticks, tick labels, grid and zero lines of all
    /// axes; <paramref name="squarePixels"/> also ties each y axis to its x axis, so pixels stay square.
    /// </summary>
    internal static void HideAxes(GenericChart grid, bool squarePixels)
    {
        var layout = GenericChart.getLayout(grid);
        foreach (var name in layout.GetPropertyNames(true).Where(n => n.StartsWith("xaxis") || n.StartsWith("yaxis")).ToList())
        {
            if (layout.GetPropertyValue(name) is not DynamicObj.DynamicObj axis) continue;
            axis.SetProperty("showticklabels", false);
            axis.SetProperty("ticks", "");
            axis.SetProperty("showgrid", false);
            axis.SetProperty("zeroline", false);
            if (squarePixels && name.StartsWith("yaxis")) axis.SetProperty("scaleanchor", "x" + name["yaxis".Length..]);
        }
    }
}
