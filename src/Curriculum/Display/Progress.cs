using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace Curriculum.Display;

/// <summary>
/// Live progress for a loop: one display in the notebook that updates in place (step, named metrics, elapsed,
/// time left). Outside a notebook (tests, console) it writes a line now and then instead. Updates are throttled
/// so that a fast loop does not flood the notebook. An interrupt from the front end (the notebook's stop button) stops
/// the loop at its next report: .NET cannot abort a running thread, so a long loop has to look, and this is where it does.
/// Introduced in lesson 01.
/// </summary>
public sealed class Progress : IDisposable
{
    private readonly string _title;
    private readonly int _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly DisplayedValue? _display;
    private readonly TimeSpan _every;
    private TimeSpan? _lastShown;
    private int _done;
    private string _metrics = "";

    private Progress(string title, int total, TimeSpan every)
    {
        _title = title;
        _total = total;
        _every = every;
        // Outside a notebook there is no display to update: write a line at most every few seconds instead.
        if (KernelInvocationContext.Current is { } context) _display = context.Display(Html(), "text/html");
        else _every = TimeSpan.FromSeconds(Math.Max(every.TotalSeconds, 5));
    }

    /// <summary>Starts a progress display for <paramref name="total"/> steps (epochs, batches, episodes). Introduced in lesson 01.</summary>
    public static Progress Start(string title, int total, double updateSeconds = 0.25)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (total <= 0) throw new ArgumentOutOfRangeException(nameof(total), total, "total must be a positive number of steps");
        return new Progress(title, total, TimeSpan.FromSeconds(updateSeconds));
    }

    public int Done => _done;
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Estimated time left from the mean time per step so far.</summary>
    public TimeSpan Remaining => _done == 0 ? TimeSpan.Zero : _clock.Elapsed / _done * (_total - _done);

    /// <summary>Marks <paramref name="step"/> steps done (1-based count) and shows the given metrics. Introduced in lesson 06.</summary>
    public void Report(int step, params (string Name, double Value)[] metrics)
    {
        if (step < 0 || step > _total) throw new ArgumentOutOfRangeException(nameof(step), step, $"step must be between 0 and {_total}");
        // The cell running now (a progress made in an earlier cell can be reported from a later one).
        if (KernelInvocationContext.Current?.CancellationToken is { IsCancellationRequested: true } cancelled)
            throw new OperationCanceledException($"{_title}: interrupted at step {step} of {_total}", cancelled);
        _done = step;
        _metrics = string.Join(" · ", metrics.Select(m => $"{m.Name} {m.Value.ToString("0.####", CultureInfo.InvariantCulture)}"));
        var now = _clock.Elapsed;
        if (step < _total && _lastShown is { } last && now - last < _every) return;
        _lastShown = now;
        if (_display is not null) _display.Update(Html());
        else Console.Error.WriteLine(Text());
    }

    /// <summary>The status as one line of text.</summary>
    public string Text() =>
        $"{_title}: {_done}/{_total}{(_metrics.Length > 0 ? " · " + _metrics : "")} · {Seconds(_clock.Elapsed)} elapsed" +
        (_done < _total ? $" · ~{Seconds(Remaining)} left" : " · done");

    private HtmlString Html()
    {
        var percent = 100.0 * _done / _total;
        return new HtmlString(
            $"<div style=\"font-family:monospace\"><progress value=\"{_done}\" max=\"{_total}\" style=\"width:16em\"></progress> " +
            $"{percent:0}% &nbsp; {WebUtility.HtmlEncode(Text())}</div>");
    }

    private static string Seconds(TimeSpan t) => $"{t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";

    public void Dispose()
    {
        // A loop that ended early (early stopping) still shows where it stopped.
        if (_done >= _total) return;
        if (_display is not null) _display.Update(Html());
        else Console.Error.WriteLine(Text());
    }
}
