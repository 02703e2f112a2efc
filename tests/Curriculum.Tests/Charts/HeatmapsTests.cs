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
        Assert.Equal([" x", " y"], ChartJson.Strings(trace.GetProperty("x")));
        Assert.Equal([" a", " b", " c"], ChartJson.Strings(trace.GetProperty("y")));
        var cells = chart.Layout.GetProperty("annotations").EnumerateArray()
            .ToDictionary(a => (a.GetProperty("y").GetInt32(), a.GetProperty("x").GetInt32()), a => a.GetProperty("text").GetString());
        Assert.Equal("0.9", cells[(0, 0)]);
        Assert.Equal("0.6", cells[(2, 1)]);
        Assert.Equal(("Similarity", "columns", "rows"), (chart.Title, chart.AxisTitle("xaxis"), chart.AxisTitle("yaxis")));
        Assert.Equal("reversed", chart.Layout.GetProperty("yaxis").GetProperty("autorange").GetString());
    }

    [Fact]
    public void Shape_mismatches_are_refused_by_name()
    {
        Assert.Equal("rowLabels", Assert.Throws<ArgumentException>(() => Heatmaps.Annotated([[1.0]], ["a", "b"], ["x"], "t")).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Heatmaps.Annotated([[1.0, 2.0]], ["a"], ["x"], "t")).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Heatmaps.Annotated([], [], ["x"], "t")).ParamName);
    }
}
