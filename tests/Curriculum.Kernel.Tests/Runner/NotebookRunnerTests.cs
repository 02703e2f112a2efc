using System.Diagnostics;
using System.Text.Json.Nodes;
using Curriculum.Kernel.Runner;
using Curriculum.Kernel.Tests.Support;

namespace Curriculum.Kernel.Tests.Runner;

/// <summary>Runs small notebooks through the real runner: a child kernel process per notebook.</summary>
public sealed class NotebookRunnerTests : IDisposable
{
    private readonly TempNotebooks _temp = new();

    public void Dispose() => _temp.Dispose();

    private NotebookRunner Runner(double seconds = 60) =>
        new(Path.Combine(_temp.Folder, "out"), TimeSpan.FromSeconds(seconds));

    private JsonArray Outputs(string notebookName, int cell) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(_temp.Folder, "out", notebookName + ".ipynb")))!["cells"]![cell]!["outputs"]!.AsArray();

    [Fact]
    public void A_translation_is_executed_into_its_language_folder_under_the_same_name()
    {
        var output = Path.Combine(_temp.Folder, "out");
        Assert.Equal(Path.Combine(output, "03-evaluation.ipynb"), NotebookRunner.ExecutedPath(output, Path.Combine("repo", "notebooks", "03-evaluation.ipynb")));
        Assert.Equal(Path.Combine(output, "zh", "03-evaluation.ipynb"), NotebookRunner.ExecutedPath(output, Path.Combine("repo", "notebooks-zh", "03-evaluation.ipynb")));
    }

    [Fact]
    public async Task Runs_every_cell_and_records_outputs_and_check_lines()
    {
        var path = _temp.Write("ok",
            "var x = 20;",
            "Console.WriteLine($\"✔ PASS  answer = {x + 22} (need ≥ 40)\");",
            // The way the library's Progress shows a display and updates it in place.
            "using Microsoft.DotNet.Interactive;\n" +
            "var shown = KernelInvocationContextExtensions.Display(KernelInvocationContext.Current, \"first\", \"text/plain\");\n" +
            "shown.Update(\"last\");",
            "x * 2");
        var result = await Runner().RunOneAsync(path);

        Assert.True(result.Passed, result.Error);
        Assert.Equal(4, result.CellsRun);
        var check = Assert.Single(result.Checks);
        Assert.Equal(("answer", "42"), (check.Name, check.Value));
        Assert.Contains("✔ PASS  answer = 42", (string)Outputs("ok", 2)[0]!["text"]![0]!);
        // A display updated in place keeps one output slot with its last state, as VS Code shows it.
        var display = Assert.Single(Outputs("ok", 3));
        Assert.Contains("last", display!["data"]!.ToJsonString());
        Assert.DoesNotContain("first", display["data"]!.ToJsonString());
        var result4 = Assert.Single(Outputs("ok", 4));
        Assert.Equal("execute_result", (string)result4!["output_type"]!);
        Assert.Contains("<pre>40</pre>", (string)result4["data"]!["text/html"]!);
    }

    [Fact]
    public async Task A_failing_cell_fails_the_notebook_with_its_number_and_error_and_stops()
    {
        var path = _temp.Write("broken",
            "var ok = 1;",
            "int y = \"not a number\";",
            "Console.WriteLine(\"never runs\");");
        var result = await Runner().RunOneAsync(path);

        Assert.False(result.Passed);
        Assert.Equal(3, result.FailedCell); // cell 1 is markdown, the compile error is in cell 3
        Assert.Contains("CS0029", result.Error);
        Assert.Empty(Outputs("broken", 3));
        Assert.Contains(Outputs("broken", 2), o => (string)o!["output_type"]! == "error");
    }

    [Fact]
    public async Task An_exception_fails_the_notebook_with_its_message()
    {
        var path = _temp.Write("throws", "throw new InvalidOperationException(\"measured 0.91, expected 0.95\");");
        var result = await Runner().RunOneAsync(path);
        Assert.False(result.Passed);
        Assert.Equal(2, result.FailedCell);
        Assert.Contains("measured 0.91, expected 0.95", result.Error);
    }

    [Fact]
    public async Task Kernel_extensions_shipped_in_packages_are_loaded()
    {
        // Plotly.NET.Interactive registers a text/html formatter for charts from its interactive-extensions folder.
        // Without the extension the chart would be shown as a generic object tree, with no plotting code.
        var versions = System.Xml.Linq.XDocument.Load(Path.Combine(Repo.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);
        var path = _temp.Write("extension",
            $"#r \"nuget: Plotly.NET, {versions["Plotly.NET"]}\"\n#r \"nuget: Plotly.NET.CSharp, {versions["Plotly.NET.CSharp"]}\"\n" +
            $"#r \"nuget: Plotly.NET.Interactive, {versions["Plotly.NET.Interactive"]}\"",
            "Plotly.NET.CSharp.Chart.Line<double, double, string>(x: new double[] { 1, 2 }, y: new double[] { 3, 4 })");
        var result = await Runner(seconds: 90).RunOneAsync(path);

        Assert.True(result.Passed, result.Error);
        var html = (string?)Outputs("extension", 2).Single()!["data"]!["text/html"];
        Assert.Contains("Plotly.newPlot", html);
    }

    [Fact]
    public async Task Cells_run_in_the_notebooks_folder()
    {
        var path = _temp.Write("cwd", "Console.WriteLine(\"cwd=\" + System.IO.Directory.GetCurrentDirectory());");
        var result = await Runner().RunOneAsync(path);
        Assert.True(result.Passed, result.Error);
        Assert.Contains($"cwd={_temp.Folder}", (string)Outputs("cwd", 1)[0]!["text"]![0]!);
    }

    [Fact]
    public async Task A_notebook_over_its_time_limit_is_stopped_and_fails()
    {
        var path = _temp.Write("slow", "System.Threading.Thread.Sleep(120_000);");
        var clock = Stopwatch.StartNew();
        var result = await Runner(seconds: 15).RunOneAsync(path);
        Assert.False(result.Passed);
        Assert.Contains("timed out after 15 s", result.Error);
        Assert.InRange(clock.Elapsed.TotalSeconds, 15, 40);
    }

    [Fact]
    public void The_command_line_runs_a_folder_isolates_notebooks_and_reports_the_count()
    {
        // "a" defines a variable; "b" uses it. In one shared kernel "b" would pass; each notebook has its own process.
        _temp.Write("a", "var leaked = 42;", "Console.WriteLine(\"✔ PASS  leaked = 42 (set)\");");
        _temp.Write("b", "Console.WriteLine(leaked);");
        var start = ChildProcess.StartInfo("run", _temp.Folder, "--out", Path.Combine(_temp.Folder, "out"), "--timeout", "60");
        start.RedirectStandardOutput = true;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(1, process.ExitCode);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("1 passed, 1 failed", lines[^1].Trim());
        Assert.Contains(lines, l => l.StartsWith("PASS  a ") && l.Contains("leaked = 42"));
        Assert.Contains(lines, l => l.StartsWith("FAIL  b "));
        Assert.Contains("CS0103", stdout); // 'leaked' does not exist in b's kernel
        var summary = File.ReadAllText(Path.Combine(_temp.Folder, "out", "summary.md"));
        Assert.Contains("| a.ipynb | pass |", summary);
        Assert.Contains("1 passed, 1 failed", summary);

        // The first lines name the CPU and the native settings the times depend on; so do summary.md and summary.json.
        var platform = Curriculum.Native.NativeSettings.Describe(ChildProcess.Tunables);
        Assert.Equal(platform, lines.Skip(1).Take(4).Select(l => l.TrimEnd('\r')));
        Assert.StartsWith($"- {platform[0]}", summary);
        var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_temp.Folder, "out", "summary.json"))).RootElement;
        Assert.Equal(platform, json.GetProperty("Platform").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, json.GetProperty("Lessons").GetArrayLength());
        Assert.Contains("no torch", lines.Single(l => l.StartsWith("PASS  a ")));
    }
}
