using Curriculum.Charts;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Charts;

public class AttentionChartsTests
{
    [Fact]
    public void Heatmap_keeps_repeated_tokens_apart_and_labels_every_cell()
    {
        double[,] w = { { 0.7, 0.2, 0.1 }, { 0.05, 0.05, 0.9 } };

        var chart = new ChartJson(AttentionCharts.Heatmap(w, ["经理", "。"], ["the", "the", "."], "Attention"));

        var heatmap = chart.Traces.Single();
        Assert.Equal("heatmap", heatmap.GetProperty("type").GetString());
        var z = heatmap.GetProperty("z").EnumerateArray().Select(ChartJson.Numbers).ToArray();
        Assert.Equal([0.7, 0.2, 0.1], z[0]);
        var x = ChartJson.Strings(heatmap.GetProperty("x"));
        Assert.Equal(3, x.Distinct().Count()); // two "the" columns stay two columns
        Assert.Equal(["the", "the", "."], x.Select(s => s.Trim().Replace("\u200b", "")));
        Assert.Equal(["0.05", "0.05", "0.10", "0.20", "0.70", "0.90"], chart.AnnotationTexts.OrderBy(t => t, StringComparer.Ordinal));
        Assert.Equal(("Attention", "source token", "output token"), (chart.Title, chart.AxisTitle("xaxis"), chart.AxisTitle("yaxis")));
    }

    [Fact]
    public void Minus_infinity_is_shown_as_text_not_lost()
    {
        double[,] mask = { { 0, double.NegativeInfinity }, { 0, 0 } };
        var chart = new ChartJson(AttentionCharts.Heatmap(mask, ["0", "1"], ["0", "1"], "Mask"));
        Assert.Contains("-∞", chart.AnnotationTexts);
        var z = chart.Traces.Single().GetProperty("z").EnumerateArray().Select(ChartJson.Numbers).ToArray();
        Assert.Equal([0.0, -1.0], z[0]); // drawn below every finite value, so it gets the lightest colour
        Assert.Equal([0.0, 0.0], z[1]);
    }

    [Fact]
    public void Label_counts_must_match()
    {
        Assert.Equal("columnLabels", Assert.Throws<ArgumentException>(() => AttentionCharts.Heatmap(new double[2, 3], ["a", "b"], ["x"], "t")).ParamName);
    }
}
