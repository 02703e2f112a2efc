using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Curriculum.Kernel.Docs;
using Curriculum.Kernel.Notebooks;
using Markdig;

namespace Curriculum.Kernel.Site;

/// <summary>
/// One executed notebook as a static HTML page: markdown rendered, code shown, and every output as the notebook holds
/// it (text, HTML with its Plotly charts, images, audio players). The inline copy of plotly.js is swapped for the
/// site's shared plotly.min.js, so thirty pages do not carry 3.6 MB each.
/// </summary>
public static class SitePage
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    // How ChartHtml embeds plotly.js: a script element whose text starts with plotly's banner.
    private const string InlinePlotlyStart = "<script type=\"text/javascript\">/**\n* plotly.js v";
    public const string PlotlyFile = "plotly.min.js";

    /// <summary>
    /// The page for <paramref name="notebook"/>; plotly.js found inline is handed to <paramref name="plotlyJs"/> and
    /// referenced at <paramref name="plotlyHref"/>; <paramref name="others"/> are the same lesson's pages in other languages.
    /// </summary>
    public static string Render(NotebookFile notebook, string title, string? status, Action<string> plotlyJs,
        LessonLanguage? language = null, string plotlyHref = PlotlyFile, IReadOnlyList<(string Name, string Href)>? others = null)
    {
        language ??= LessonLanguage.English;
        var body = new StringBuilder();
        foreach (var cell in notebook.Cells)
        {
            if (!cell.IsCode)
            {
                body.Append("<section class=\"md\">").Append(Markdig.Markdown.ToHtml(cell.Source, Markdown)).Append("</section>\n");
                continue;
            }
            body.Append("<section class=\"code\"><pre><code class=\"language-csharp\">")
                .Append(WebUtility.HtmlEncode(cell.Source)).Append("</code></pre>");
            foreach (var output in cell.Outputs.OfType<JsonObject>())
                body.Append("<div class=\"output\">").Append(Output(output, plotlyJs, plotlyHref)).Append("</div>");
            body.Append("</section>\n");
        }
        var switches = string.Concat((others ?? []).Select(o => $" · <a class=\"lang\" href=\"{o.Href}\">{WebUtility.HtmlEncode(o.Name)}</a>"));
        return Layout(title, $"<p class=\"nav\"><a href=\"index.html\">{WebUtility.HtmlEncode(language.AllLessons)}</a>{switches}" +
            $"{(status is null ? "" : " · " + WebUtility.HtmlEncode(status))}</p>\n{body}", language);
    }

    /// <summary>A whole HTML document with the site's style and the console-error recorder the browser test reads.</summary>
    public static string Layout(string title, string body, LessonLanguage? language = null) => $$"""
        <!DOCTYPE html>
        <html lang="{{(language ?? LessonLanguage.English).HtmlLang}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{WebUtility.HtmlEncode(title)}}</title>
        <script>
        // Counts script errors on the page (shown in a banner and read by the site's browser test).
        (function () {
          var count = 0, mark = function () { count++; document.documentElement.setAttribute('data-console-errors', String(count)); };
          var original = console.error; console.error = function () { mark(); return original.apply(console, arguments); };
          window.addEventListener('error', mark);
        })();
        </script>
        <style>{{Style}}</style></head>
        <body><main>
        {{body}}
        </main></body></html>
        """;

    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; line-height: 1.5; color: #1b1b1b; background: #fafafa; margin: 0; }
        main { max-width: 1000px; margin: 0 auto; padding: 1.5rem 2rem 4rem; background: #fff; }
        pre { background: #f4f4f4; padding: .6rem .8rem; overflow-x: auto; font-size: .85rem; border-radius: 4px; }
        section.code pre { border-left: 3px solid #4a7bd0; }
        .output pre { background: #fff; border: 1px solid #e3e3e3; }
        .output pre.error { border-color: #d33; color: #a00; }
        .output img { max-width: 100%; }
        table { border-collapse: collapse; margin: .5rem 0; }
        th, td { border: 1px solid #ddd; padding: .25rem .6rem; text-align: left; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .pass { color: #17803d; font-weight: 600; } .fail { color: #c62828; font-weight: 600; }
        blockquote { color: #555; border-left: 3px solid #ccc; margin-left: 0; padding-left: 1rem; }
        .nav { font-size: .9rem; } .nav a.lang { font-weight: 600; }
        """;

    private static string Output(JsonObject output, Action<string> plotlyJs, string plotlyHref)
    {
        var type = (string?)output["output_type"];
        if (type == "stream")
            return $"<pre class=\"stream\">{WebUtility.HtmlEncode(Text(output["text"]))}</pre>";
        if (type == "error")
            return $"<pre class=\"error\">{WebUtility.HtmlEncode((string?)output["ename"] + ": " + (string?)output["evalue"])}</pre>";
        if (output["data"] is not JsonObject data) return "";
        if (data["text/html"] is { } html) return ShareInlinePlotly(Text(html), plotlyJs, plotlyHref);
        if (data["image/png"] is { } png) return $"<img alt=\"output image\" src=\"data:image/png;base64,{Text(png).Trim()}\">";
        if (data["image/svg+xml"] is { } svg) return Text(svg);
        if (data["text/plain"] is { } plain) return $"<pre>{WebUtility.HtmlEncode(Text(plain))}</pre>";
        return "";
    }

    /// <summary>Replaces each inline plotly.js script with a reference to the site's copy, passing the script text on.</summary>
    internal static string ShareInlinePlotly(string html, Action<string> plotlyJs, string plotlyHref = PlotlyFile)
    {
        for (var start = html.IndexOf(InlinePlotlyStart, StringComparison.Ordinal); start >= 0;
             start = html.IndexOf(InlinePlotlyStart, start, StringComparison.Ordinal))
        {
            var scriptStart = start + "<script type=\"text/javascript\">".Length;
            var end = html.IndexOf("</script>", scriptStart, StringComparison.Ordinal);
            if (end < 0) break;
            plotlyJs(html[scriptStart..end]);
            var reference = $"<script src=\"{plotlyHref}\"></script>";
            html = html[..start] + reference + html[(end + "</script>".Length)..];
            start += reference.Length;
        }
        return html;
    }

    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue v => (string?)v ?? "",
        _ => "",
    };
}
