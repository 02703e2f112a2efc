using System.Text;
using Plotly.NET;

namespace Curriculum.Charts;

/// <summary>
/// A chart as self-contained HTML that draws with no internet: plotly.js comes from the Plotly.NET package (it embeds
/// plotly.js 2.28.0), not from a CDN. plotly.js is 3.6 MB, so it is written only when asked (once per notebook, see
/// <see cref="Display.ChartDisplay"/>); every chart waits until plotly.js is present, then draws.
/// </summary>
public static class ChartHtml
{
    private const string Resource = "Plotly.NET.plotly-2.28.0.min.js";
    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Plotly.NET does not embed {Resource}; was Plotly.NET updated? Pin 6.0.0 in Directory.Packages.props.");
        return new StreamReader(stream).ReadToEnd();
    });

    /// <summary>The minified plotly.js source embedded in Plotly.NET.</summary>
    public static string PlotlyJs => Script.Value;

    /// <summary>
    /// The chart as a div and a script that draws it with plotly.js; with <paramref name="includePlotlyJs"/> the
    /// library itself comes first.
    /// </summary>
    public static string Render(GenericChart chart, bool includePlotlyJs)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var id = "plotly-" + Guid.NewGuid().ToString("N");
        var html = new StringBuilder();
        if (includePlotlyJs)
        {
            // plotly.min.js registers itself with an AMD loader when one is present (some notebook front ends have one)
            // instead of setting window.Plotly; hide the loader while it runs.
            html.Append("<script type=\"text/javascript\">window.__curriculumDefine = window.define; window.define = undefined;</script>")
                .Append("<script type=\"text/javascript\">").Append(PlotlyJs).Append("</script>")
                .Append("<script type=\"text/javascript\">window.define = window.__curriculumDefine;</script>");
        }
        html.Append($"<div id=\"{id}\"></div>")
            .Append("<script type=\"text/javascript\">(function draw(tries) {")
            .Append($"var el = document.getElementById('{id}');")
            .Append($"if (window.Plotly && el) {{ Plotly.newPlot(el, {GenericChart.toFigureJson(chart)}); return; }}")
            .Append("if (tries < 200) { setTimeout(function () { draw(tries + 1); }, 50); return; }")
            .Append("if (el) el.textContent = 'This chart needs plotly.js, which the first chart output of this notebook carries. ")
            .Append("Re-run the setup cell (the first code cell), then this cell.';")
            .Append("})(0);</script>");
        return html.ToString();
    }
}
