using System.Text.Json.Nodes;
using Curriculum.Kernel.Docs;
using Curriculum.Kernel.Runner;
using Curriculum.Kernel.Tests.Support;
using Xunit.Abstractions;

namespace Curriculum.Kernel.Tests.Lessons;

/// <summary>
/// Executes every lesson notebook with the runner, exactly as the main job does, and three lessons of the Chinese edition
/// (the other translations run the same code cells, by TranslationTests): each must pass every cell and check,
/// within the lessons' 120 s budget, and draw at least one Plotly chart as text/html. Each lesson's row (time, checks,
/// oneDNN setting, headline) is added to artifacts/test-notebooks/lesson-times.txt, which .ci/run prints at the end.
/// </summary>
[Trait("Category", "Lesson")]
public sealed class LessonNotebookTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(120);
    private static readonly object TimesGate = new();

    // Short lessons from three parts of the course: evaluation, text, anomalies.
    private static readonly string[] ChineseLessons = ["03-evaluation", "18-text-classification-tfidf", "30-anomaly-detection"];

    public static TheoryData<string> Notebooks() => new(
        Repo.NotebookFiles.Select(f => $"{LessonLanguage.English.Folder}/{Path.GetFileName(f)}")
            .Concat(ChineseLessons.Select(l => $"{LessonLanguage.Chinese.Folder}/{l}.ipynb")));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Lesson_runs_passes_its_checks_and_draws_charts(string notebook)
    {
        var outputFolder = Path.Combine(Repo.Root, "artifacts", "test-notebooks");
        // A little slack over the budget so a slow run reports its time instead of being killed.
        var runner = new NotebookRunner(outputFolder, Budget + TimeSpan.FromSeconds(60));
        var path = Path.Combine(Repo.Root, notebook);
        var result = await runner.RunOneAsync(path);
        output.WriteLine(Summary.Row(result));
        var times = Path.Combine(outputFolder, "lesson-times.txt");
        lock (TimesGate)
        {
            if (!File.Exists(times)) File.WriteAllLines(times, Curriculum.Native.NativeSettings.Describe(ChildProcess.Tunables));
            File.AppendAllText(times, Summary.TimeRow(result) + "\n");
        }

        Assert.True(result.Passed, $"{notebook} failed in cell {result.FailedCell}: {result.Error}");
        Assert.NotEmpty(result.Checks);
        Assert.All(result.Checks, c => Assert.True(c.Passed, c.Text));
        Assert.True(result.Seconds <= Budget.TotalSeconds, $"{notebook} took {result.Seconds:F1} s; the budget is {Budget.TotalSeconds} s");

        var html = JsonNode.Parse(File.ReadAllText(NotebookRunner.ExecutedPath(outputFolder, path)))!["cells"]!.AsArray()
            .SelectMany(c => c!["outputs"]?.AsArray() ?? [])
            .Select(o => (string?)o!["data"]?["text/html"]).OfType<string>().ToList();
        Assert.True(html.Count(h => h.Contains("Plotly.newPlot")) >= 1, $"{notebook} drew no Plotly chart as text/html");
        // Offline: plotly.js is in the notebook exactly once, and nothing is loaded from a CDN.
        Assert.Equal(1, html.Sum(h => Occurrences(h, "plotly.js v2.28.0")));
        Assert.DoesNotContain(html, h => h.Contains("<script src", StringComparison.OrdinalIgnoreCase) || h.Contains("require.config"));
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
