using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace Curriculum.Kernel.Notebooks;

/// <summary>
/// The outcome of running one notebook top to bottom. <paramref name="OneDnn"/> is the oneDNN decision its process made
/// ("on: …" / "off: …"; null when the lesson never loaded TorchSharp), which its times depend on.
/// </summary>
public sealed record NotebookResult(
    string Notebook,
    bool Passed,
    double Seconds,
    int CellsRun,
    int? FailedCell,
    string? Error,
    IReadOnlyList<CheckLine> Checks,
    string? OneDnn = null,
    SlowCell? Slowest = null);

/// <summary>The code cell that took longest (1-based among all cells, as VS Code shows them) and its seconds.</summary>
public sealed record SlowCell(int Cell, double Seconds);

/// <summary>
/// Runs a notebook's code cells in order in one kernel, recording outputs into the notebook. Stops at the first
/// failing cell (later cells would only fail in its wake) and reports that cell's number (1-based, counting all cells
/// as VS Code shows them) and error text.
/// </summary>
public static class NotebookExecutor
{
    public static async Task<NotebookResult> RunAsync(NotebookFile notebook, CompositeKernel kernel, TextWriter? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var checks = new List<CheckLine>();
        var executionCount = 0;
        SlowCell? slowest = null;
        foreach (var cell in notebook.CodeCells)
        {
            executionCount++;
            cell.Outputs.Clear();
            cell.SetExecutionCount(executionCount);
            var outputs = new CellOutputs(cell.Outputs, executionCount);
            using var subscription = kernel.KernelEvents.Subscribe(new Hosting.ActionObserver<KernelEvent>(outputs.Add));
            progress?.WriteLine($"  cell {cell.Index + 1}: running ({clock.Elapsed.TotalSeconds:F1} s)");
            var started = DateTimeOffset.UtcNow;
            var result = await kernel.SendAsync(new SubmitCode(cell.Source, cell.KernelName));
            var finished = DateTimeOffset.UtcNow;
            cell.SetExecutionTiming(started, finished);
            var seconds = (finished - started).TotalSeconds;
            if (slowest is null || seconds > slowest.Seconds) slowest = new SlowCell(cell.Index + 1, seconds);
            var failed = result.Events.OfType<CommandFailed>().FirstOrDefault();
            if (failed is not null && outputs.Errors.Count == 0) outputs.Add(failed);
            checks.AddRange(CheckLine.Parse(outputs.StandardOutput.ToString()));
            if (failed is not null)
            {
                var error = string.Join("\n", outputs.Errors);
                return new NotebookResult(notebook.Path, false, clock.Elapsed.TotalSeconds, executionCount, cell.Index + 1, error, checks, Slowest: slowest);
            }
        }
        return new NotebookResult(notebook.Path, true, clock.Elapsed.TotalSeconds, executionCount, null, null, checks, Slowest: slowest);
    }
}
