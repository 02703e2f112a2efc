using Curriculum.Charts;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Charts;

public class BarChartsTests
{
    [Fact]
    public void Horizontal_reverses_the_lists_so_the_first_label_is_drawn_at_the_top()
    {
        var chart = new ChartJson(BarCharts.Horizontal("Top words", ["free", "money", "click"], [3.0, 2.0, 1.5], "weight"));

        var bar = chart.Traces.Single();
        Assert.Equal("h", bar.GetProperty("orientation").GetString());
        // Plotly puts the first category at the bottom, so the data go in reversed, still pairing label with value.
        Assert.Equal(["click", "money", "free"], ChartJson.Strings(bar.GetProperty("y")));
        Assert.Equal([1.5, 2.0, 3.0], ChartJson.Numbers(bar.GetProperty("x")));
        Assert.Equal(("Top words", "weight"), (chart.Title, chart.AxisTitle("xaxis")));
        Assert.Equal(120 + 22 * 3, chart.Layout.GetProperty("height").GetInt32());
    }

    [Fact]
    public void Horizontal_does_not_reorder_the_callers_arrays()
    {
        string[] labels = ["a", "b"];
        double[] values = [1, 2];
        BarCharts.Horizontal("t", labels, values);
        Assert.Equal(["a", "b"], labels);
        Assert.Equal([1.0, 2.0], values);
    }

    [Fact]
    public void Columns_keeps_the_order()
    {
        var chart = new ChartJson(BarCharts.Columns("Accuracy by model", ["logistic", "CNN"], [0.91, 0.98], "accuracy"));

        var bar = chart.Traces.Single();
        Assert.Equal(["logistic", "CNN"], ChartJson.Strings(bar.GetProperty("x")));
        Assert.Equal([0.91, 0.98], ChartJson.Numbers(bar.GetProperty("y")));
        Assert.Equal(("Accuracy by model", "accuracy"), (chart.Title, chart.AxisTitle("yaxis")));
        Assert.Contains("Accuracy by model", chart.Html);
    }

    [Fact]
    public void Argument_errors_name_the_parameter()
    {
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => BarCharts.Horizontal("t", [], [])).ParamName);
        var e = Assert.Throws<ArgumentException>(() => BarCharts.Columns("t", ["a", "b"], [1]));
        Assert.Equal("values", e.ParamName);
        Assert.Contains("2 labels but 1 values", e.Message);
        Assert.Equal("labels", Assert.Throws<ArgumentNullException>(() => BarCharts.Columns("t", null!, [1])).ParamName);
    }
}
