using System.Diagnostics;
using System.Net;
using System.Text;
using Curriculum.Kernel.Docs;
using Curriculum.Kernel.Notebooks;
using Curriculum.Kernel.Runner;

namespace Curriculum.Kernel.Site;

/// <summary>
/// The executed curriculum as a static site that works offline from disk: an index with every lesson's status, run time
/// and headline result, one page per executed notebook, and one shared copy of plotly.js. In both languages where the
/// translations exist: site/ in English, site/zh/ in Chinese, every page linked to its counterpart. A lesson run in one
/// language gets its page in the other from the translation's prose and this run's outputs (the code cells are the same).
/// </summary>
public static class StaticSite
{
    /// <summary>Writes FOLDER/site from the executed notebooks in <paramref name="runFolder"/>; returns the index path and seconds taken.</summary>
    public static (string Index, double Seconds) Write(string runFolder, IReadOnlyList<NotebookResult> results)
    {
        var clock = Stopwatch.StartNew();
        var site = Directory.CreateDirectory(Path.Combine(runFolder, "site")).FullName;
        string? plotly = null;
        // Each lesson once, by file name; a lesson run in both languages keeps each language's own run.
        var lessons = results.GroupBy(r => Path.GetFileName(r.Notebook)).ToList();
        var pages = LessonLanguage.All.ToDictionary(l => l, l => lessons.ToDictionary(g => g.Key, g => Page(runFolder, g.ToList(), l)));
        var languages = LessonLanguage.All.Where(l => l == LessonLanguage.English || pages[l].Values.Any(p => p is not null)).ToList();
        foreach (var language in languages)
        {
            var folder = Directory.CreateDirectory(Path.Combine(site, Folder(language))).FullName;
            var up = language == LessonLanguage.English ? "" : "../";
            var rows = new StringBuilder();
            foreach (var lesson in lessons)
            {
                var name = Path.GetFileNameWithoutExtension(lesson.Key);
                var result = lesson.FirstOrDefault(r => LessonLanguage.OfNotebook(r.Notebook) == language) ?? lesson.First();
                var notebook = pages[language][lesson.Key];
                var title = name;
                if (notebook is not null)
                {
                    title = Title(notebook) ?? name;
                    var status = language.RunStatus(result.Passed, result.Seconds);
                    var others = languages.Where(l => l != language && pages[l][lesson.Key] is not null)
                        .Select(l => (l.Name, Href: up + Folder(l) + (Folder(l) == "" ? "" : "/") + name + ".html")).ToList();
                    File.WriteAllText(Path.Combine(folder, name + ".html"),
                        SitePage.Render(notebook, title, status, js => plotly ??= js, language, up + SitePage.PlotlyFile, others));
                }
                var link = notebook is null ? WebUtility.HtmlEncode(title) : $"<a href=\"{name}.html\">{WebUtility.HtmlEncode(title)}</a>";
                rows.Append($"<tr><td>{link}</td><td class=\"{(result.Passed ? "pass\">" + language.Pass : "fail\">" + language.Fail)}</td>")
                    .Append($"<td class=\"num\">{result.Seconds:F1}</td><td>{WebUtility.HtmlEncode(Summary.Headline(result))}</td></tr>\n");
            }
            var switches = string.Concat(languages.Where(l => l != language)
                .Select(l => $" · <a class=\"lang\" href=\"{up}{Folder(l)}{(Folder(l) == "" ? "" : "/")}index.html\">{WebUtility.HtmlEncode(l.Name)}</a>"));
            var c = language.SiteColumns;
            File.WriteAllText(Path.Combine(folder, "index.html"), SitePage.Layout(language.SiteTitle, $"""
                <p class="nav">{WebUtility.HtmlEncode(language.SiteTitle)}{switches}</p>
                <h1>{WebUtility.HtmlEncode(language.SiteTitle)}</h1>
                <p>{WebUtility.HtmlEncode(language.Closing(results.Count(r => r.Passed), results.Count(r => !r.Passed)))} {WebUtility.HtmlEncode(language.SiteIntro)}</p>
                <table><thead><tr><th>{c[0]}</th><th>{c[1]}</th><th>{c[2]}</th><th>{c[3]}</th></tr></thead>
                <tbody>
                {rows}</tbody></table>
                """, language));
        }
        if (plotly is not null) File.WriteAllText(Path.Combine(site, SitePage.PlotlyFile), plotly);
        return (Path.Combine(site, "index.html"), clock.Elapsed.TotalSeconds);
    }

    private static string Folder(LessonLanguage language) => language == LessonLanguage.English ? "" : language.Code;

    /// <summary>
    /// The lesson's page source in <paramref name="language"/>: the executed copy if the lesson ran in that language;
    /// else the translation's source notebook with the outputs of the run in the other language, cell by cell, where
    /// the code cell is the same; null when there is neither.
    /// </summary>
    private static NotebookFile? Page(string runFolder, IReadOnlyList<NotebookResult> runs, LessonLanguage language)
    {
        if (runs.FirstOrDefault(r => LessonLanguage.OfNotebook(r.Notebook) == language) is { } own)
            return File.Exists(NotebookRunner.ExecutedPath(runFolder, own.Notebook)) ? NotebookFile.Load(NotebookRunner.ExecutedPath(runFolder, own.Notebook)) : null;
        var run = runs[0];
        var executedPath = NotebookRunner.ExecutedPath(runFolder, run.Notebook);
        var source = LessonLanguage.Counterpart(run.Notebook, language);
        if (!File.Exists(executedPath) || !File.Exists(source)) return null;
        var executed = NotebookFile.Load(executedPath).Cells.Where(c => c.IsCode && c.Id is not null).ToDictionary(c => c.Id!);
        var page = NotebookFile.Load(source);
        foreach (var cell in page.CodeCells)
            if (cell.Id is { } id && executed.TryGetValue(id, out var ran) && ran.Source == cell.Source)
                foreach (var output in ran.Outputs) cell.Outputs.Add(output!.DeepClone());
        return page;
    }

    /// <summary>The first markdown heading's text ("03 · Evaluating a classifier"), if any.</summary>
    internal static string? Title(NotebookFile notebook) =>
        notebook.Cells.Where(c => !c.IsCode)
            .SelectMany(c => c.Source.Split('\n'))
            .FirstOrDefault(l => l.StartsWith("# "))?[2..].Trim();
}
