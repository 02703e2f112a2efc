using Curriculum.Charts;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace Curriculum.Display;

/// <summary>
/// Shows Plotly.NET charts in notebooks offline: registers an HTML formatter for charts that writes plotly.js (from
/// the Plotly.NET package) into the first chart output of the session and only a div and a small script into every
/// later one. An executed notebook therefore carries plotly.js once, and needs no CDN to draw.
/// Introduced in lesson 01 (every lesson's setup cell calls <see cref="Use"/>).
/// </summary>
public static class ChartDisplay
{
    private static int _plotlyJsWritten;

    /// <summary>
    /// Registers the chart formatter and makes the next chart carry plotly.js again (so re-running the setup cell
    /// repairs a notebook view that lost the output holding plotly.js). Introduced in lesson 01.
    /// </summary>
    public static void Use()
    {
        Interlocked.Exchange(ref _plotlyJsWritten, 0);
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(Html(chart)), HtmlFormatter.MimeType);
    }

    /// <summary>The HTML for one chart: with plotly.js the first time in this session, without it afterwards.</summary>
    public static string Html(GenericChart chart) =>
        ChartHtml.Render(chart, includePlotlyJs: Interlocked.Exchange(ref _plotlyJsWritten, 1) == 0);
}
