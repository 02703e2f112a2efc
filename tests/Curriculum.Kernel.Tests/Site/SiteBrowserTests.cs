using System.Text.RegularExpressions;
using Curriculum.Kernel.Runner;
using Curriculum.Kernel.Tests.Support;
using Xunit.Abstractions;

namespace Curriculum.Kernel.Tests.Site;

/// <summary>
/// The main job's static site, opened from disk in a real browser: the index and three lesson pages load with no script
/// errors and draw every chart (Plotly's plot containers present), offline. Screenshots go to artifacts/site-screenshots.
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
        foreach (var page in Lessons.Select(l => l + ".html").Prepend("index.html"))
        {
            var file = Path.Combine(run, "site", page);
            var (dom, console) = Chromium.DumpDom(file);
            foreach (var line in console) output.WriteLine($"{page}: {line}");

            Assert.Contains("</main>", dom); // the page loaded and was serialised
            Assert.DoesNotMatch("<html[^>]*data-console-errors=", dom); // set by the page's error recorder (SitePage.Layout)
            Assert.DoesNotContain(console, l => l.Contains("Uncaught") || l.Contains("ERR_FILE_NOT_FOUND"));
            var charts = Regex.Count(File.ReadAllText(file), "Plotly\\.newPlot\\(");
            Assert.True(DrawnPlot().Count(dom) == charts, $"{page}: {DrawnPlot().Count(dom)} of {charts} charts drawn");
            if (page != "index.html") Assert.True(charts >= 1, $"{page} has no chart");

            var png = Path.Combine(shots, Path.ChangeExtension(page, ".png"));
            Chromium.Screenshot(file, png, height: page == "index.html" ? 1000 : 5000); // lesson pages: down to their first charts
            Assert.True(new FileInfo(png).Length > 10_000, $"{png} is missing or blank");
        }
    }
}
