using System.Text.Json.Nodes;
using Curriculum.Kernel.Runner;
using Curriculum.Kernel.Tests.Support;

namespace Curriculum.Kernel.Tests.Hosting;

/// <summary>
/// The VS Code kernel: `Curriculum.Kernel [vscode] stdio`, driven as the Polyglot Notebooks extension drives it. It must
/// behave like the headless runner: charts as offline text/html, TorchSharp loads, errors arrive as CommandFailed.
/// </summary>
public sealed class StdioHostTests
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(90);

    private static string LessonSetupCell() => Hygiene.SetupCellTests.SetupCell("03-evaluation.ipynb");

    private static IEnumerable<string> Html(IEnumerable<JsonObject> events) =>
        events.SelectMany(e => e["event"]?["formattedValues"]?.AsArray() ?? [])
            .Where(v => (string?)v!["mimeType"] == "text/html").Select(v => (string)v!["value"]!);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Answers_kernel_info_and_code_and_reports_failures(bool vscode)
    {
        using var client = new StdioClient(Repo.Notebooks, vscode);
        var ready = client.WaitForReady(TimeSpan.FromSeconds(60));
        Assert.Contains(ready["event"]!["kernelInfos"]!.AsArray(), k => (string?)k!["localName"] == "csharp");

        var info = client.Send("RequestKernelInfo", new JsonObject { ["targetKernelName"] = "csharp" }, TimeSpan.FromSeconds(30));
        Assert.Contains(info, e => StdioClient.Type(e) == "KernelInfoProduced");
        Assert.Equal("CommandSucceeded", StdioClient.Type(info[^1]));

        var sum = client.Submit("6 * 7", TimeSpan.FromSeconds(30));
        Assert.Contains(Html(sum), h => h.Contains("<pre>42</pre>"));

        var cwd = client.Submit("Console.WriteLine(System.IO.Directory.GetCurrentDirectory());", TimeSpan.FromSeconds(30));
        Assert.Contains(cwd, e => StdioClient.Type(e) == "StandardOutputValueProduced" && e.ToJsonString().Contains(Repo.Notebooks));

        var failed = client.Submit("throw new InvalidOperationException(\"measured 0.91\");", TimeSpan.FromSeconds(30));
        Assert.Equal("CommandFailed", StdioClient.Type(failed[^1]));
        Assert.Contains("measured 0.91", (string?)failed[^1]["event"]!["message"]);

        var compile = client.Submit("int x = \"text\";", TimeSpan.FromSeconds(30));
        Assert.Equal("CommandFailed", StdioClient.Type(compile[^1]));
        Assert.Contains("CS0029", (string?)compile[^1]["event"]!["message"]);

        Assert.Empty(client.NonJsonLines); // stdout carries only envelopes
    }

    [Theory]
    [InlineData("notebooks")]
    [InlineData("notebooks-zh")] // the Chinese edition's folder: the setup cell's relative paths hold there too
    public void Draws_charts_offline_and_runs_TorchSharp_after_the_lesson_setup_cell(string folder)
    {
        using var client = new StdioClient(Path.Combine(Repo.Root, folder), vscode: true);
        client.WaitForReady(TimeSpan.FromSeconds(60));

        var setup = client.Submit(LessonSetupCell(), Slow);
        Assert.Equal("CommandSucceeded", StdioClient.Type(setup[^1]));

        const string chart = "LineCharts.Lines(\"t\", \"x\", \"y\", new Series(\"s\", [1, 2, 3], [3, 1, 2]))";
        var first = Html(client.Submit(chart, Slow)).Single(h => h.Contains("Plotly.newPlot"));
        var second = Html(client.Submit(chart, Slow)).Single(h => h.Contains("Plotly.newPlot"));
        Assert.Contains("plotly.js v2.28.0", first);   // the first chart carries plotly.js, from the package
        Assert.DoesNotContain("plotly.js v2.28.0", second); // later charts do not repeat its 3.6 MB
        // Nothing is fetched: no script element with a source, no AMD loader configuration pointing at a CDN.
        Assert.DoesNotContain("<script src", first + second, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("require.config", first + second);

        var torch = client.Submit("TorchSharp.torch.ones(3).sum().item<float>()", Slow);
        Assert.Equal("CommandSucceeded", StdioClient.Type(torch[^1]));
        Assert.Contains(Html(torch), h => h.Contains("<pre>3</pre>"));
    }

    [Fact]
    [Trait("Category", "Lesson")]
    public async Task A_lesson_gives_the_same_kinds_of_outputs_in_the_runner_and_over_stdio()
    {
        const string lesson = "03-evaluation.ipynb";
        var output = Path.Combine(Repo.Root, "artifacts", "test-stdio");
        var result = await new NotebookRunner(output, TimeSpan.FromSeconds(180)).RunOneAsync(Path.Combine(Repo.Notebooks, lesson));
        Assert.True(result.Passed, result.Error);
        var executed = JsonNode.Parse(File.ReadAllText(Path.Combine(output, lesson)))!["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code").ToList();

        using var client = new StdioClient(Repo.Notebooks, vscode: true);
        client.WaitForReady(TimeSpan.FromSeconds(60));
        foreach (var cell in executed)
        {
            var source = cell!["source"] is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string)cell["source"]!;
            var events = client.Submit(source, Slow);
            Assert.Equal("CommandSucceeded", StdioClient.Type(events[^1]));
            var runnerKinds = cell["outputs"]!.AsArray().Select(o => (string)o!["output_type"]!).Distinct().Order().ToList();
            var stdioKinds = events.Select(StdioClient.Type).Select(t => t switch
            {
                "StandardOutputValueProduced" => "stream",
                "DisplayedValueProduced" => "display_data",
                "ReturnValueProduced" => "execute_result",
                _ => null,
            }).OfType<string>().Distinct().Order().ToList();
            Assert.True(runnerKinds.SequenceEqual(stdioKinds),
                $"cell starting \"{source.Split('\n')[0]}\": runner gave [{string.Join(", ", runnerKinds)}], stdio gave [{string.Join(", ", stdioKinds)}]");
        }
    }
}
