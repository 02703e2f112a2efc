using Curriculum.Training;
using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;


namespace Curriculum.Charts;

/// <summary>One named line of a line chart. Introduced in lesson 01.</summary>
public sealed record Series(string Name, double[] X, double[] Y);

/// <summary>Line charts: learning curves and any set of named series over a shared axis. Introduced in lesson 01.</summary>
public static class LineCharts
{
    /// <summary>Several named lines on one chart, with axis titles. Introduced in lesson 01.</summary>
    public static GenericChart Lines(string title, string xTitle, string yTitle, params Series[] series)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (series is null || series.Length == 0) throw new ArgumentException("need at least one series to plot", nameof(series));
        foreach (var s in series)
            if (s.X.Length != s.Y.Length)
                throw new ArgumentException($"series \"{s.Name}\" has {s.X.Length} x values but {s.Y.Length} y values", nameof(series));
        var lines = series.Select(s => Chart.Line<double, double, string>(x: s.X, y: s.Y, Name: s.Name, ShowMarkers: s.X.Length <= 60));
        return Chart.Combine(lines)
            .WithTitle(title)
            .WithXAxisStyle<double, double, string>(TitleText: xTitle)
            .WithYAxisStyle<double, double, string>(TitleText: yTitle)
            .WithSize(Width: 720, Height: 400);
    }

    /// <summary>
    /// Learning curves of a training run: the named metrics over epochs (e.g. "train accuracy", "val accuracy"), with
    /// the best epoch marked in the title. Introduced in lesson 02.
    /// </summary>
    public static GenericChart LearningCurves(TrainingHistory history, string title, params string[] metrics)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Epochs.Count == 0) throw new ArgumentException("the history has no epochs yet", nameof(history));
        if (metrics is null || metrics.Length == 0) throw new ArgumentException("name at least one metric to plot", nameof(metrics));
        var epochs = history.Epochs.Select(e => (double)e.Epoch).ToArray();
        return Lines($"{title} (best epoch {history.BestEpoch})", "epoch", string.Join(" / ", metrics),
            metrics.Select(m => new Series(m, epochs, history.Series(m))).ToArray());
    }
}
