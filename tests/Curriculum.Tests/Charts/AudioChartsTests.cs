using Curriculum.Charts;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Charts;

public class AudioChartsTests
{
    [Fact]
    public void A_short_waveform_is_drawn_sample_by_sample_against_seconds()
    {
        var chart = new ChartJson(AudioCharts.Waveform([0f, 0.5f, -0.5f, 1f], 4, "four samples"));

        var trace = chart.Traces.Single();
        Assert.Equal([0, 0.25, 0.5, 0.75], ChartJson.Numbers(trace.GetProperty("x")));
        Assert.Equal([0, 0.5, -0.5, 1], ChartJson.Numbers(trace.GetProperty("y")));
        Assert.Equal("four samples", chart.Title);
        Assert.Equal("time (s)", chart.AxisTitle("xaxis"));
    }

    [Fact]
    public void A_long_waveform_keeps_each_blocks_extremes()
    {
        var samples = Enumerable.Range(0, 16000).Select(n => MathF.Sin(2 * MathF.PI * n / 160)).ToArray();
        samples[8000] = 0.99f * -1.01f;  // a spike inside one block stays visible
        samples[12345] = 1.5f;

        var y = ChartJson.Numbers(new ChartJson(AudioCharts.Waveform(samples, 16000, "one second", maxPoints: 400)).Traces.Single().GetProperty("y"));

        Assert.InRange(y.Length, 2, 400);
        Assert.Equal(1.5, y.Max(), 5);
        Assert.Equal(-1.0, y.Min(), 2);
    }

    [Fact]
    public void A_spectrogram_is_a_heatmap_of_rows_over_time()
    {
        float[][] values = [[1f, 2f, 3f], [4f, 5f, 6f]];

        var chart = new ChartJson(AudioCharts.Spectrogram(values, 0.01, "spec", "band", [100, 200]));

        var trace = chart.Traces.Single();
        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        Assert.Equal([0, 0.01, 0.02], ChartJson.Numbers(trace.GetProperty("x")));
        Assert.Equal([100, 200], ChartJson.Numbers(trace.GetProperty("y")));
        Assert.Equal([4, 5, 6], ChartJson.Numbers(trace.GetProperty("z")[1]));
        Assert.Equal("band", chart.AxisTitle("yaxis"));
    }

    [Fact]
    public void Bad_input_names_the_argument()
    {
        Assert.Equal("samples", Assert.Throws<ArgumentException>(() => AudioCharts.Waveform([], 16000, "t")).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => AudioCharts.Spectrogram([[1f], [1f, 2f]], 0.01, "t", "r")).ParamName);
        Assert.Equal("rowValues", Assert.Throws<ArgumentException>(() => AudioCharts.Spectrogram([[1f]], 0.01, "t", "r", [1, 2])).ParamName);
    }
}
