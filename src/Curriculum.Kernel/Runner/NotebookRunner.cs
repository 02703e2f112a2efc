using System.Diagnostics;
using System.Text.Json;
using Curriculum.Kernel.Docs;
using Curriculum.Kernel.Notebooks;

namespace Curriculum.Kernel.Runner;

/// <summary>
/// Runs notebooks one at a time, each in a fresh child process of this program whose working directory is the
/// notebook's folder (as in VS Code). A fresh process per notebook means no state, loaded assembly or native
/// library can leak from one lesson into the next, and a time limit can stop a notebook for good.
/// </summary>
public sealed class NotebookRunner(string outputFolder, TimeSpan timeLimit)
{
    public async Task<NotebookResult> RunOneAsync(string notebookPath)
    {
        notebookPath = Path.GetFullPath(notebookPath);
        var executedPath = ExecutedPath(outputFolder, notebookPath);
        Directory.CreateDirectory(Path.GetDirectoryName(executedPath)!);
        var resultPath = Path.ChangeExtension(executedPath, ".result.json");
        File.Delete(resultPath);

        var start = ChildProcess.StartInfo("execute", notebookPath, "--output", executedPath, "--result", resultPath);
        start.WorkingDirectory = Path.GetDirectoryName(notebookPath)!;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the kernel process");
        var log = new System.Text.StringBuilder();
        var stdout = PumpAsync(process.StandardOutput, log);
        var stderr = PumpAsync(process.StandardError, log);
        using var timeout = new CancellationTokenSource(timeLimit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            await Task.WhenAll(stdout, stderr);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new NotebookResult(notebookPath, false, clock.Elapsed.TotalSeconds, 0, null,
                $"timed out after {timeLimit.TotalSeconds:F0} s (the limit; see --timeout). Last output:\n{Tail(log)}", []);
        }

        if (!File.Exists(resultPath))
            return new NotebookResult(notebookPath, false, clock.Elapsed.TotalSeconds, 0, null,
                $"the kernel process exited with code {process.ExitCode} before reporting a result:\n{Tail(log)}", []);
        var result = JsonSerializer.Deserialize<NotebookResult>(File.ReadAllText(resultPath))!;
        File.Delete(resultPath); // a hand-over file between the processes, not part of the output
        // Wall time as the learner would wait for it: kernel start included.
        return result with { Seconds = clock.Elapsed.TotalSeconds };
    }

    /// <summary>
    /// Where the executed copy of <paramref name="notebookPath"/> goes: FOLDER/NN-slug.ipynb for an English lesson,
    /// FOLDER/zh/NN-slug.ipynb for its translation (same file name, so each language keeps its own copy).
    /// </summary>
    public static string ExecutedPath(string outputFolder, string notebookPath)
    {
        var language = LessonLanguage.OfNotebook(notebookPath);
        var folder = language == LessonLanguage.English ? outputFolder : Path.Combine(outputFolder, language.Code);
        return Path.Combine(folder, Path.GetFileName(notebookPath));
    }

    private static async Task PumpAsync(StreamReader reader, System.Text.StringBuilder log)
    {
        while (await reader.ReadLineAsync() is { } line)
            lock (log) log.AppendLine(line);
    }

    private static string Tail(System.Text.StringBuilder log)
    {
        lock (log)
        {
            var lines = log.ToString().Split('\n');
            return string.Join('\n', lines.TakeLast(30));
        }
    }
}

/// <summary>Starts this same program again as a child, whether it runs as an apphost or as `dotnet X.dll`.</summary>
public static class ChildProcess
{
    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var self = typeof(ChildProcess).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        start.ArgumentList.Add(self);
        foreach (var a in args) start.ArgumentList.Add(a);
        if (Tunables is { } tunables) start.Environment["GLIBC_TUNABLES"] = tunables;
        return start;
    }

    /// <summary>
    /// GLIBC_TUNABLES for a child on Linux x64: convolutions and LSTMs run 2–3× faster with these malloc settings, with
    /// oneDNN on or off (see MallocTuning). Null elsewhere.
    /// </summary>
    public static string? Tunables =>
        Curriculum.Native.SystemLibraries.IsLinuxX64 ? Curriculum.Native.MallocTuning.WithTunables(Environment.GetEnvironmentVariable("GLIBC_TUNABLES")) : null;
}
