using System.Diagnostics;
using System.Text.Json.Nodes;
using Curriculum.Kernel.Jupyter;
using Curriculum.Kernel.Notebooks;
using Curriculum.Kernel.Runner;
using Curriculum.Kernel.Tests.Support;
using Xunit.Abstractions;

namespace Curriculum.Kernel.Tests.Jupyter;

/// <summary>
/// `jupyter nbconvert --to notebook --execute`, the way d2l's CI executes its notebooks, runs lessons with this kernel,
/// chosen by the kernelspec named in each notebook's metadata: an ML.NET lesson (from the Chinese edition's folder, whose
/// setup cell must find the library at the same relative path), a TorchSharp lesson with live progress and one with audio. Every cell must run, every check pass, and the charts arrive as text/html.
/// </summary>
[Trait("Category", "Lesson")]
public sealed class NbconvertTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("curriculum-nbconvert-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [NbconvertFact]
    public void Executes_an_MLNET_lesson_from_the_Chinese_folder() => Execute("03-evaluation.ipynb", "notebooks-zh");

    [NbconvertFact]
    public void Executes_a_TorchSharp_lesson_with_live_progress()
    {
        var cells = Execute("06-image-recognition-cnn.ipynb");
        Assert.Contains(cells.SelectMany(Outputs), o => JoinedHtml(o) is { } h && h.Contains("<progress"));
    }

    [NbconvertFact]
    public void Executes_a_lesson_with_audio() => Execute("15-spoken-keyword-recognition.ipynb");

    private static IEnumerable<JsonObject> Outputs(JsonObject cell) => cell["outputs"]?.AsArray().Select(o => o!.AsObject()) ?? [];

    private List<JsonObject> Execute(string notebook, string folder = "notebooks")
    {
        PythonJupyter.InstallKernelSpec(_data);
        var clock = Stopwatch.StartNew();
        var (code, _, error) = PythonJupyter.Run(PythonJupyter.Python,
            ["-m", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=240", "--output-dir", _data, Path.Combine(Repo.Root, folder, notebook)],
            TimeSpan.FromMinutes(6),
            new Dictionary<string, string> { ["JUPYTER_PATH"] = _data, ["JUPYTER_RUNTIME_DIR"] = Path.Combine(_data, "runtime") });
        output.WriteLine($"nbconvert --execute {notebook}: {clock.Elapsed.TotalSeconds:F1} s (exit {code})");
        Assert.True(code == 0, $"nbconvert failed on {notebook} (exit {code}):\n{error}");

        var cells = JsonNode.Parse(File.ReadAllText(Path.Combine(_data, notebook)))!["cells"]!.AsArray().Select(c => c!.AsObject()).ToList();
        var codeCells = cells.Where(c => (string?)c["cell_type"] == "code").ToList();
        Assert.All(codeCells, c => Assert.NotNull(c["execution_count"]?.GetValue<int?>()));
        Assert.DoesNotContain(cells.SelectMany(Outputs), o => (string?)o["output_type"] == "error");
        var stdout = string.Concat(cells.SelectMany(Outputs).Where(o => (string?)o["name"] == "stdout").Select(o => o["text"] switch
        {
            JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
            var text => (string?)text,
        }));
        var checks = CheckLine.Parse(stdout).ToList();
        Assert.NotEmpty(checks);
        Assert.All(checks, c => Assert.True(c.Passed, c.Text));
        Assert.Contains(cells.SelectMany(Outputs), o => JoinedHtml(o) is { } h && h.Contains("Plotly.newPlot"));
        return cells;
    }

    // nbformat stores multi-line strings either as one string or as a list of lines.
    private static string? JoinedHtml(JsonObject output) => output["data"]?["text/html"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue v => (string?)v,
        _ => null,
    };
}
