using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Curriculum.Kernel.Docs;
using Curriculum.Kernel.Runner;
using Curriculum.Kernel.Site;
using Curriculum.Kernel.Tests.Support;
using Xunit.Abstractions;

namespace Curriculum.Kernel.Tests.Site;

/// <summary>
/// The main job's static site, opened from disk in a real browser: the index and three lesson pages load with no script
/// errors and draw every chart (Plotly's plot containers present), offline, in English and in Chinese, and Chinese text is
/// drawn with a real CJK font. Screenshots go to artifacts/site-screenshots.
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class SiteBrowserTests(ITestOutputHelper output)
{
    private static readonly string[] Lessons = ["03-evaluation", "18-text-classification-tfidf", "30-anomaly-detection"];

    [GeneratedRegex("class=\"plot-container plotly\"")]
    private static partial Regex DrawnPlot();

    [Fact]
    public async Task Main_job_writes_a_site_that_a_browser_draws_offline_without_errors()
    {
        var run = Path.Combine(Repo.Root, "artifacts", "test-site");
        if (Directory.Exists(run)) Directory.Delete(run, recursive: true);
        var start = ChildProcess.StartInfo(["run", .. Lessons.Select(l => Path.Combine(Repo.Notebooks, l + ".ipynb")), "--out", run]);
        start.RedirectStandardOutput = true;
        using (var process = System.Diagnostics.Process.Start(start)!)
        {
            var log = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            output.WriteLine(log);
            Assert.True(process.ExitCode == 0, log);
            Assert.Contains("Site: ", log);
        }

        var shots = Directory.CreateDirectory(Path.Combine(Repo.Root, "artifacts", "site-screenshots")).FullName;
        var pages = Lessons.Select(l => l + ".html").Prepend("index.html");
        pages = pages.Concat(pages.Select(p => $"{LessonLanguage.Chinese.Code}/{p}")); // the same lessons' Chinese pages
        foreach (var page in pages)
        {
            var file = Path.Combine(run, "site", page);
            var (dom, console) = Chromium.DumpDom(file);
            foreach (var line in console) output.WriteLine($"{page}: {line}");

            Assert.Contains("</main>", dom); // the page loaded and was serialised
            Assert.DoesNotMatch("<html[^>]*data-console-errors=", dom); // set by the page's error recorder (SitePage.Layout)
            Assert.DoesNotContain(console, l => l.Contains("Uncaught") || l.Contains("ERR_FILE_NOT_FOUND"));
            var charts = Regex.Count(File.ReadAllText(file), "Plotly\\.newPlot\\(");
            Assert.True(DrawnPlot().Count(dom) == charts, $"{page}: {DrawnPlot().Count(dom)} of {charts} charts drawn");
            var index = Path.GetFileName(page) == "index.html";
            if (!index) Assert.True(charts >= 1, $"{page} has no chart");
            // Every page links its counterpart in the other language.
            var chinese = page.StartsWith(LessonLanguage.Chinese.Code + "/", StringComparison.Ordinal);
            Assert.Contains($"<html lang=\"{(chinese ? LessonLanguage.Chinese : LessonLanguage.English).HtmlLang}\"", dom);
            Assert.Matches($"<a class=\"lang\" href=\"{(chinese ? @"\.\./" : "zh/")}{Regex.Escape(Path.GetFileName(page))}\">", dom);

            var png = Path.Combine(shots, Path.ChangeExtension(page.Replace('/', '-'), ".png"));
            Chromium.Screenshot(file, png, height: index ? 1000 : 5000); // lesson pages: down to their first charts
            Assert.True(new FileInfo(png).Length > 10_000, $"{png} is missing or blank");
        }
    }

    [Fact]
    public void Chinese_text_is_drawn_with_a_CJK_font_not_as_empty_boxes()
    {
        // Without a font for a character the browser draws the same "missing glyph" box for every such character. A code
        // point no font has (U+10FFFD, private use) shows that box; two ideographs must look different from it and from
        // each other. The site's pages ask for these fonts by name (SitePage's style), .ci/run installs one.
        var folder = Directory.CreateTempSubdirectory("curriculum-cjk-").FullName;
        try
        {
            string Drawn(string name, string text)
            {
                var file = Path.Combine(folder, name + ".html");
                File.WriteAllText(file, SitePage.Layout(name, $"<p style=\"font-size:120px;margin:0\">{text}</p>", LessonLanguage.Chinese));
                var png = Path.Combine(folder, name + ".png");
                Chromium.Screenshot(file, png, width: 400, height: 220);
                return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(png)));
            }
            var (yong, guo, missing) = (Drawn("yong", "永"), Drawn("guo", "国"), Drawn("missing", char.ConvertFromUtf32(0x10FFFD)));
            Assert.NotEqual(missing, yong);
            Assert.NotEqual(missing, guo);
            Assert.NotEqual(yong, guo);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
