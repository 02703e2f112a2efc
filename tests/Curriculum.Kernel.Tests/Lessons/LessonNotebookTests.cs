using System.Text.Json.Nodes;
using Curriculum.Kernel.Runner;
using Curriculum.Kernel.Tests.Support;
using Xunit.Abstractions;

namespace Curriculum.Kernel.Tests.Lessons;

/// <summary>
/// Executes every lesson notebook with the runner, exactly as the main job does: it must pass every cell and check,
/// within the lessons' 120 s budget, and draw at least one Plotly chart as text/html.
/// </summary>
public sealed class LessonNotebookTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(120);

    public static TheoryData<string> Notebooks() => Hygiene.SetupCellTests.Notebooks();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Lesson_runs_passes_its_checks_and_draws_charts(string notebook)
    {
        var outputFolder = Path.Combine(Repo.Root, "artifacts", "test-notebooks");
        // A little slack over the budget so a slow run reports its time instead of being killed.
        var runner = new NotebookRunner(outputFolder, Budget + TimeSpan.FromSeconds(60));
        var result = await runner.RunOneAsync(Path.Combine(Repo.Notebooks, notebook));
        output.WriteLine(Summary.Row(result));

        Assert.True(result.Passed, $"{notebook} failed in cell {result.FailedCell}: {result.Error}");
        Assert.NotEmpty(result.Checks);
        Assert.All(result.Checks, c => Assert.True(c.Passed, c.Text));
        Assert.True(result.Seconds <= Budget.TotalSeconds, $"{notebook} took {result.Seconds:F1} s; the budget is {Budget.TotalSeconds} s");

        var executed = JsonNode.Parse(File.ReadAllText(Path.Combine(outputFolder, notebook)))!;
        var charts = executed["cells"]!.AsArray()
            .SelectMany(c => c!["outputs"]?.AsArray() ?? [])
            .Count(o => ((string?)o!["data"]?["text/html"])?.Contains("Plotly.newPlot") == true);
        Assert.True(charts >= 1, $"{notebook} drew no Plotly chart as text/html");
    }
}
