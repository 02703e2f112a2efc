using System.Diagnostics;
using System.Net;
using System.Text;
using Curriculum.Kernel.Notebooks;
using Curriculum.Kernel.Runner;

namespace Curriculum.Kernel.Site;

/// <summary>
/// The executed curriculum as a static site that works offline from disk: an index with every lesson's status, run time
/// and headline result, one page per executed notebook, and one shared copy of plotly.js.
/// </summary>
public static class StaticSite
{
    /// <summary>Writes FOLDER/site from the executed notebooks in <paramref name="runFolder"/>; returns the index path and seconds taken.</summary>
    public static (string Index, double Seconds) Write(string runFolder, IReadOnlyList<NotebookResult> results)
    {
        var clock = Stopwatch.StartNew();
        var site = Directory.CreateDirectory(Path.Combine(runFolder, "site")).FullName;
        string? plotly = null;
        var rows = new StringBuilder();
        foreach (var result in results)
        {
            var name = Path.GetFileNameWithoutExtension(result.Notebook);
            var executed = Path.Combine(runFolder, name + ".ipynb");
            var title = name;
            var page = "";
            if (File.Exists(executed))
            {
                var notebook = NotebookFile.Load(executed);
                title = Title(notebook) ?? name;
                var status = $"{(result.Passed ? "passed" : "FAILED")} in {result.Seconds:F1} s";
                File.WriteAllText(Path.Combine(site, name + ".html"), SitePage.Render(notebook, title, status, js => plotly ??= js));
                page = name + ".html";
            }
            var link = page == "" ? WebUtility.HtmlEncode(title) : $"<a href=\"{page}\">{WebUtility.HtmlEncode(title)}</a>";
            rows.Append($"<tr><td>{link}</td><td class=\"{(result.Passed ? "pass\">pass" : "fail\">FAIL")}</td>")
                .Append($"<td class=\"num\">{result.Seconds:F1}</td><td>{WebUtility.HtmlEncode(Summary.Headline(result))}</td></tr>\n");
        }
        if (plotly is not null) File.WriteAllText(Path.Combine(site, SitePage.PlotlyFile), plotly);
        var index = Path.Combine(site, "index.html");
        File.WriteAllText(index, SitePage.Layout("Applied AI in C#: executed lessons", $"""
            <h1>Applied AI in C#: executed lessons</h1>
            <p>{WebUtility.HtmlEncode(Summary.Closing(results))}. Every page below is a lesson notebook as it ran, with its outputs and charts; it works offline.</p>
            <table><thead><tr><th>Lesson</th><th>Status</th><th>Seconds</th><th>Headline result</th></tr></thead>
            <tbody>
            {rows}</tbody></table>
            """));
        return (index, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The first markdown heading's text ("03 · Evaluating a classifier"), if any.</summary>
    internal static string? Title(NotebookFile notebook) =>
        notebook.Cells.Where(c => !c.IsCode)
            .SelectMany(c => c.Source.Split('\n'))
            .FirstOrDefault(l => l.StartsWith("# "))?[2..].Trim();
}
