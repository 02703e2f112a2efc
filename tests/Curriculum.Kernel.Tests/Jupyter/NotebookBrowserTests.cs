using System.Diagnostics;
using Curriculum.Kernel.Jupyter;
using Curriculum.Kernel.Runner;
using Curriculum.Kernel.Tests.Support;
using Xunit.Abstractions;

namespace Curriculum.Kernel.Tests.Jupyter;

/// <summary>
/// A learner's route end to end: Jupyter Notebook (Debian's, classic UI) serves the repository on 127.0.0.1, headless
/// chromium opens a lesson, runs every cell with this kernel, and must find drawn Plotly charts, passing checks and no
/// script error. The screenshot is kept in artifacts/jupyter-screenshots/.
/// </summary>
[Trait("Category", "Browser")]
public sealed class NotebookBrowserTests(ITestOutputHelper output)
{
    private const string Lesson = "03-evaluation.ipynb";

    [JupyterNotebookFact]
    public async Task Jupyter_Notebook_runs_a_lesson_in_chromium_and_draws_its_charts()
    {
        var data = Directory.CreateTempSubdirectory("curriculum-notebook-server-").FullName;
        var lessonPath = Path.Combine(Repo.Notebooks, Lesson);
        var before = File.ReadAllText(lessonPath);
        Process? server = null;
        try
        {
            PythonJupyter.InstallKernelSpec(data);
            var port = DevToolsPage.FreePort();
            var token = Guid.NewGuid().ToString("N");
            server = StartServer(port, token, data);
            await WaitForServerAsync(port, token, server);

            await using var page = await DevToolsPage.LaunchAsync();
            await page.NavigateAsync($"http://127.0.0.1:{port}/notebooks/notebooks/{Lesson}?token={token}");
            await page.WaitUntilAsync("window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()",
                TimeSpan.FromSeconds(90), "the notebook page with a connected C# (Curriculum) kernel");
            Assert.Equal(KernelSpec.Name, (string?)await page.EvaluateAsync("Jupyter.notebook.kernel.name"));

            var clock = Stopwatch.StartNew();
            // Run All, as a learner would; autosave off so the repository's notebook stays as committed.
            await page.EvaluateAsync("Jupyter.notebook.set_autosave_interval(0); Jupyter.notebook.execute_all_cells(); true");
            await page.WaitUntilAsync(
                "document.querySelector('.output_error') || Jupyter.notebook.get_cells().every(c => c.cell_type !== 'code' || typeof c.input_prompt_number === 'number')",
                TimeSpan.FromSeconds(240), "every cell run");
            output.WriteLine($"Run All of {Lesson} in Jupyter Notebook: {clock.Elapsed.TotalSeconds:F1} s");
            // Charts draw after their scripts run; give them a moment.
            await page.WaitUntilAsync("document.querySelectorAll('.output .js-plotly-plot .main-svg').length > 0", TimeSpan.FromSeconds(30), "a drawn Plotly chart");

            var errors = (int?)await page.EvaluateAsync("document.querySelectorAll('.output_error').length");
            var errorText = (string?)await page.EvaluateAsync("Array.from(document.querySelectorAll('.output_error')).map(e => e.innerText).join('\\n')");
            Assert.True(errors == 0, $"cells failed in Jupyter Notebook: {errorText}");
            var charts = (int?)await page.EvaluateAsync("document.querySelectorAll('.output .js-plotly-plot').length");
            var text = (string?)await page.EvaluateAsync("document.getElementById('notebook').innerText") ?? "";
            Assert.Contains("✔ PASS", text);
            Assert.DoesNotContain("✘ FAIL", text);
            Assert.Empty(page.ScriptErrors);

            await page.EvaluateAsync("document.querySelector('.output .js-plotly-plot').scrollIntoView(); true");
            var png = Path.Combine(Repo.Root, "artifacts", "jupyter-screenshots", Path.ChangeExtension(Lesson, ".png"));
            await page.ScreenshotAsync(png);
            output.WriteLine($"{charts} charts drawn; screenshot {png} ({new FileInfo(png).Length / 1024} KB)");
            Assert.True(new FileInfo(png).Length > 20_000, "the screenshot is nearly empty");
        }
        finally
        {
            if (server is { HasExited: false }) server.Kill(entireProcessTree: true); // and the kernel it started
            server?.WaitForExit(5000);
            Directory.Delete(data, recursive: true);
        }
        Assert.Equal(before, File.ReadAllText(lessonPath));
        Assert.False(Directory.Exists(Path.Combine(Repo.Notebooks, ".ipynb_checkpoints")) && Directory.GetFiles(Path.Combine(Repo.Notebooks, ".ipynb_checkpoints")).Any(f => f.Contains("03-evaluation")),
            "the test left a checkpoint of the lesson");
    }

    private static Process StartServer(int port, string token, string data)
    {
        var start = new ProcessStartInfo(PythonJupyter.Python) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        foreach (var a in new[] { "-m", "notebook", "--no-browser", "--allow-root", "--ip=127.0.0.1", $"--port={port}", "--port-retries=0",
                     $"--NotebookApp.token={token}", $"--NotebookApp.notebook_dir={Repo.Root}" })
            start.ArgumentList.Add(a);
        // The kernelspec from this test's folder, and no user configuration.
        start.Environment["JUPYTER_PATH"] = data;
        start.Environment["JUPYTER_CONFIG_DIR"] = Path.Combine(data, "config");
        start.Environment["JUPYTER_RUNTIME_DIR"] = Path.Combine(data, "runtime");
        var server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        return server;
    }

    private static async Task WaitForServerAsync(int port, string token, Process server)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (server.HasExited) throw new InvalidOperationException($"the Jupyter Notebook server exited with code {server.ExitCode}");
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/api/kernelspecs?token={token}")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the Jupyter Notebook server did not answer in 60 s");
            await Task.Delay(300);
        }
    }
}
