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
}
