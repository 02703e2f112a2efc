using Curriculum.Charts;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Charts;

public class HeatmapsTests
{
    [Fact]
    public void Annotated_shows_every_value_in_its_cell_with_the_format()
    {
        double[][] values = [[0.912, 0.1], [0.25, 1.0], [0.0, 0.555]];

        var chart = new ChartJson(Heatmaps.Annotated(values, ["a", "b", "c"], ["x", "y"], "Similarity", "columns", "rows", "0.0"));

        var trace = chart.Traces.Single();
        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        Assert.Equal([0.25, 1.0], ChartJson.Numbers(trace.GetProperty("z")[1]));
        Assert.Equal([" x", " y\u200b"], ChartJson.Strings(trace.GetProperty("x")));
        Assert.Equal([" a", " b\u200b", " c\u200b\u200b"], ChartJson.Strings(trace.GetProperty("y")));
        var cells = chart.Layout.GetProperty("annotations").EnumerateArray()
            .ToDictionary(a => (a.GetProperty("y").GetInt32(), a.GetProperty("x").GetInt32()), a => a.GetProperty("text").GetString());
        Assert.Equal("0.9", cells[(0, 0)]);
        Assert.Equal("0.6", cells[(2, 1)]);
        Assert.Equal(("Similarity", "columns", "rows"), (chart.Title, chart.AxisTitle("xaxis"), chart.AxisTitle("yaxis")));
        Assert.Equal("reversed", chart.Layout.GetProperty("yaxis").GetProperty("autorange").GetString());
    }

    [Fact]
    public void Annotated_keeps_repeated_tokens_apart_from_a_2D_array()
    {
        double[,] w = { { 0.7, 0.2, 0.1 }, { 0.05, 0.05, 0.9 } };

        var chart = new ChartJson(Heatmaps.Annotated(w, ["经理", "。"], ["the", "the", "."], "Attention", "source token", "output token"));

        var heatmap = chart.Traces.Single();
        var z = heatmap.GetProperty("z").EnumerateArray().Select(ChartJson.Numbers).ToArray();
        Assert.Equal([0.7, 0.2, 0.1], z[0]);
        var x = ChartJson.Strings(heatmap.GetProperty("x"));
        Assert.Equal(3, x.Distinct().Count()); // two "the" columns stay two columns
        Assert.Equal(["the", "the", "."], x.Select(s => s.Trim().Replace("\u200b", "")));
        Assert.Equal(["0.05", "0.05", "0.10", "0.20", "0.70", "0.90"], chart.AnnotationTexts.OrderBy(t => t, StringComparer.Ordinal));
        Assert.Equal(("Attention", "source token", "output token"), (chart.Title, chart.AxisTitle("xaxis"), chart.AxisTitle("yaxis")));
    }

    [Fact]
    public void Minus_infinity_is_shown_as_text_and_drawn_in_the_lowest_colour()
    {
        double[,] mask = { { 0, double.NegativeInfinity }, { 0, 0 } };
        var chart = new ChartJson(Heatmaps.Annotated(mask, ["0", "1"], ["0", "1"], "Mask"));
        Assert.Contains("-∞", chart.AnnotationTexts);
        var z = chart.Traces.Single().GetProperty("z").EnumerateArray().Select(ChartJson.Numbers).ToArray();
        Assert.Equal([0.0, -1.0], z[0]); // one below every finite value
        Assert.Equal([0.0, 0.0], z[1]);
    }

    [Fact]
    public void Attention_labels_positions_and_shows_spaces_and_newlines()
    {
        double[][] w = [[1.0, 0.0, 0.0], [0.5, 0.5, 0.0], [0.2, 0.3, 0.5]];

        var chart = new ChartJson(Heatmaps.Attention(w, "Block 1", ["a", " ", "\n"], ["a", " ", "\n"]));

        var trace = chart.Traces.Single();
        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        Assert.Equal(["0:a", "1:␣", "2:¶"], ChartJson.Strings(trace.GetProperty("x")));
        Assert.Equal([0.2, 0.3, 0.5], ChartJson.Numbers(trace.GetProperty("z")[2]));
        Assert.Empty(chart.AnnotationTexts);
        Assert.Equal(["0", "1"], ChartJson.Strings(new ChartJson(Heatmaps.Attention([[0.5, 0.5]], "t")).Traces.Single().GetProperty("x")).Select(s => s.Split(':')[0]));
        Assert.Equal("queryLabels", Assert.Throws<ArgumentException>(() => Heatmaps.Attention(w, "t", ["a"])).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => Heatmaps.Attention([[1.0], [1.0, 2.0]], "t")).ParamName);
    }

    [Fact]
    public void Shape_mismatches_are_refused_by_name()
    {
        Assert.Equal("rowLabels", Assert.Throws<ArgumentException>(() => Heatmaps.Annotated([[1.0]], ["a", "b"], ["x"], "t")).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Heatmaps.Annotated([[1.0, 2.0]], ["a"], ["x"], "t")).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Heatmaps.Annotated(Array.Empty<double[]>(), [], ["x"], "t")).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Heatmaps.Annotated(new double[2, 3], ["a", "b"], ["x"], "t")).ParamName);
    }
}
