using System.Text.RegularExpressions;
using Curriculum.Display;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Display;

[Collection(ProcessWideCollection.Name)]
public class ProgressTests
{
    [Fact]
    public void Start_validates_title_and_total()
    {
        Assert.Equal("total", Assert.Throws<ArgumentOutOfRangeException>(() => Progress.Start("t", 0)).ParamName);
        Assert.Equal("title", Assert.ThrowsAny<ArgumentException>(() => Progress.Start(" ", 3)).ParamName);
    }

    [Fact]
    public void Report_validates_the_step_range()
    {
        using var console = CapturedConsole.Error();
        using var p = Progress.Start("epochs", 5);

        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => p.Report(-1)).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => p.Report(6)).ParamName);
        p.Report(0);
        p.Report(5);
        Assert.Equal(5, p.Done);
    }

    [Fact]
    public void Text_shows_step_total_metrics_elapsed_and_time_left()
    {
        using var console = CapturedConsole.Error();
        using var p = Progress.Start("Training", 10);

        Assert.Matches(@"^Training: 0/10 · \d+\.\d s elapsed · ~0\.0 s left$", p.Text());
        p.Report(3, ("loss", 0.123456), ("val accuracy", 0.9));
        Assert.Matches(@"^Training: 3/10 · loss 0\.1235 · val accuracy 0\.9 · \d+\.\d s elapsed · ~\d+\.\d s left$", p.Text());
        p.Report(10, ("loss", 0.05));
        Assert.Matches(@"^Training: 10/10 · loss 0\.05 · \d+\.\d s elapsed · done$", p.Text());
    }

    [Fact]
    public void Remaining_is_the_mean_time_per_step_times_the_steps_left()
    {
        using var console = CapturedConsole.Error();
        using var p = Progress.Start("t", 5);
        Assert.Equal(TimeSpan.Zero, p.Remaining);
        Thread.Sleep(20);

        p.Report(2);
        var before = p.Elapsed;
        var remaining = p.Remaining;
        var after = p.Elapsed;

        // Remaining = elapsed / 2 done * 3 left, with elapsed read between `before` and `after`.
        var oneTick = TimeSpan.FromTicks(1);
        Assert.InRange(remaining, before / 2 * 3 - oneTick, after / 2 * 3 + oneTick);
        Assert.True(remaining >= TimeSpan.FromMilliseconds(30));
        p.Report(5);
        Assert.Equal(TimeSpan.Zero, p.Remaining);
    }

    [Fact]
    public void Outside_a_notebook_it_writes_to_stderr_on_the_first_and_last_step_and_at_most_every_5_seconds()
    {
        using var console = CapturedConsole.Error();
        using var p = Progress.Start("Steps", 50, updateSeconds: 0);

        for (var step = 1; step <= 50; step++) p.Report(step, ("loss", 1.0 / step));
        var elapsed = p.Elapsed;

        var lines = console.Lines;
        Assert.StartsWith("Steps: 1/50 · loss 1 · ", lines[0]);
        Assert.Matches(new Regex(@"^Steps: 50/50 · loss 0\.02 · \d+\.\d s elapsed · done$"), lines[^1]);
        // Even with updateSeconds 0, console output is throttled to one line per 5 s (plus the last step).
        if (elapsed < TimeSpan.FromSeconds(5)) Assert.Equal(2, lines.Length);
        else Assert.InRange(lines.Length, 2, 2 + (int)(elapsed.TotalSeconds / 5));
    }

    [Fact]
    public void Dispose_outside_a_notebook_shows_where_an_early_stopped_loop_ended()
    {
        using var console = CapturedConsole.Error();
        var p = Progress.Start("Stopped", 10);
        p.Report(1);
        p.Report(2);
        p.Dispose();

        Assert.Equal(2, console.Lines.Length);
        Assert.Contains("Stopped: 2/10", console.Lines[^1]);
    }

    [Fact]
    public void Dispose_after_the_last_step_writes_nothing_more()
    {
        using var console = CapturedConsole.Error();
        var p = Progress.Start("Done", 2);
        p.Report(1);
        p.Report(2);
        var before = console.Lines.Length;
        p.Dispose();

        Assert.Equal(before, console.Lines.Length);
        Assert.Contains("Done: 2/2", console.Lines[^1]);
    }
}
