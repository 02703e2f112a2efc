using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace Curriculum.Charts;

/// <summary>Charts of sound: a waveform over time and a spectrogram-style heatmap (frequency or feature by time). Introduced in lesson 15.</summary>
public static class AudioCharts
{
    /// <summary>
    /// The waveform of a clip against time in seconds. Long clips are reduced to at most <paramref name="maxPoints"/>
    /// points by keeping the minimum and maximum of each block, so the envelope stays visible. Introduced in lesson 15.
    /// </summary>
    public static GenericChart Waveform(IReadOnlyList<float> samples, int sampleRate, string title, int maxPoints = 4000)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (samples.Count == 0) throw new ArgumentException("the clip has no samples", nameof(samples));
        if (sampleRate <= 0) throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "sample rate must be positive");
        if (maxPoints < 2) throw new ArgumentOutOfRangeException(nameof(maxPoints), maxPoints, "need at least 2 points");
        var x = new List<double>();
        var y = new List<double>();
        var block = Math.Max(1, (int)Math.Ceiling(samples.Count / (maxPoints / 2.0)));
        for (var start = 0; start < samples.Count; start += block)
        {
            var end = Math.Min(samples.Count, start + block);
            if (block == 1) { x.Add(start / (double)sampleRate); y.Add(samples[start]); continue; }
            int lo = start, hi = start;
            for (var i = start; i < end; i++) { if (samples[i] < samples[lo]) lo = i; if (samples[i] > samples[hi]) hi = i; }
            foreach (var i in lo < hi ? new[] { lo, hi } : new[] { hi, lo }) { x.Add(i / (double)sampleRate); y.Add(samples[i]); }
        }
        return Chart.Line<double, double, string>(x: x, y: y, Name: "waveform")
            .WithTitle(title)
            .WithXAxisStyle<double, double, string>(TitleText: "time (s)")
            .WithYAxisStyle<double, double, string>(TitleText: "amplitude")
            .WithSize(Width: 720, Height: 260);
    }

    /// <summary>
    /// A heatmap of <paramref name="values"/> [row][frame] (rows = frequency bins, mel bands or coefficients, drawn with
    /// row 0 at the bottom) against time: frame f is at f · <paramref name="secondsPerFrame"/>. Introduced in lesson 15.
    /// </summary>
    public static GenericChart Spectrogram(float[][] values, double secondsPerFrame, string title, string rowTitle,
        double[]? rowValues = null, int width = 720, int height = 300)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (values.Length == 0 || values[0].Length == 0) throw new ArgumentException("need at least one row and one frame", nameof(values));
        if (values.Any(r => r.Length != values[0].Length)) throw new ArgumentException("every row must have the same number of frames", nameof(values));
        if (!(secondsPerFrame > 0)) throw new ArgumentOutOfRangeException(nameof(secondsPerFrame), secondsPerFrame, "must be positive");
        if (rowValues is not null && rowValues.Length != values.Length)
            throw new ArgumentException($"{rowValues.Length} row values for {values.Length} rows", nameof(rowValues));
        var times = Enumerable.Range(0, values[0].Length).Select(f => Math.Round(f * secondsPerFrame, 4)).ToArray();
        var rows = rowValues ?? Enumerable.Range(0, values.Length).Select(r => (double)r).ToArray();
        var z = values.Select(r => r.Select(v => (double)v).ToArray()).ToArray();
        return Chart.Heatmap<double, double, double, string>(zData: z, X: times, Y: rows, ColorScale: StyleParam.Colorscale.Viridis)
            .WithTitle(title)
            .WithXAxisStyle<double, double, string>(TitleText: "time (s)")
            .WithYAxisStyle<double, double, string>(TitleText: rowTitle)
            .WithSize(Width: width, Height: height);
    }
}
