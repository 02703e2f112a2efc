using Curriculum.Charts;
using Curriculum.Tests.Support;
using Curriculum.Tests.Training;
using Curriculum.Training;

namespace Curriculum.Tests.Charts;

public class LineChartsTests
{
    [Fact]
    public void Lines_has_one_named_trace_per_series_with_its_data_and_titles()
    {
        var chart = new ChartJson(LineCharts.Lines("Loss by epoch", "epoch", "loss",
            new Series("train", [1, 2, 3], [0.9, 0.5, 0.25]),
            new Series("val", [1, 2, 3], [1.0, 0.7, 0.6])));

        Assert.Equal(["train", "val"], chart.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([1.0, 2, 3], ChartJson.Numbers(chart.Traces[0].GetProperty("x")));
        Assert.Equal([0.9, 0.5, 0.25], ChartJson.Numbers(chart.Traces[0].GetProperty("y")));
        Assert.Equal([1.0, 0.7, 0.6], ChartJson.Numbers(chart.Traces[1].GetProperty("y")));
        Assert.All(chart.Traces, t => Assert.Equal("lines+markers", t.GetProperty("mode").GetString()));
        Assert.Equal(("Loss by epoch", "epoch", "loss"), (chart.Title, chart.AxisTitle("xaxis"), chart.AxisTitle("yaxis")));
        Assert.Contains("Loss by epoch", chart.Html);
        Assert.Contains("\"name\":\"val\"", chart.Html);
    }

    [Fact]
    public void Long_series_are_drawn_without_markers()
    {
        var x = Enumerable.Range(0, 61).Select(i => (double)i).ToArray();
        var chart = new ChartJson(LineCharts.Lines("t", "x", "y", new Series("long", x, x)));
        Assert.Equal("lines", chart.Traces.Single().GetProperty("mode").GetString());
    }

    [Fact]
    public void Lines_argument_errors_name_the_parameter()
    {
        var e = Assert.Throws<ArgumentException>(() => LineCharts.Lines("t", "x", "y", new Series("bad", [1, 2], [1])));
        Assert.Equal("series", e.ParamName);
        Assert.Contains("series \"bad\" has 2 x values but 1 y values", e.Message);
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => LineCharts.Lines("t", "x", "y")).ParamName);
        Assert.Equal("title", Assert.ThrowsAny<ArgumentException>(() => LineCharts.Lines("", "x", "y", new Series("a", [1], [1]))).ParamName);
    }

    [Fact]
    public void LearningCurves_plots_each_metric_over_epochs_and_names_the_best_epoch()
    {
        var history = TrainingHistoryTests.Make(bestEpoch: 2,
            (0.9, 0.80, 0.5), (0.5, 0.90, 0.4), (0.3, 0.85, 0.45));

        var chart = new ChartJson(LineCharts.LearningCurves(history, "CNN", "train loss", "val accuracy"));

        Assert.Equal("CNN (best epoch 2)", chart.Title);
        Assert.Equal(("epoch", "train loss / val accuracy"), (chart.AxisTitle("xaxis"), chart.AxisTitle("yaxis")));
        Assert.Equal(["train loss", "val accuracy"], chart.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.All(chart.Traces, t => Assert.Equal([1.0, 2, 3], ChartJson.Numbers(t.GetProperty("x"))));
        Assert.Equal([0.9, 0.5, 0.3], ChartJson.Numbers(chart.Traces[0].GetProperty("y")));
        Assert.Equal([0.80, 0.90, 0.85], ChartJson.Numbers(chart.Traces[1].GetProperty("y")));
    }

    [Fact]
    public void LearningCurves_argument_errors()
    {
        var history = TrainingHistoryTests.Make(bestEpoch: 1, (1, 0.5, 1));

        Assert.Equal("history", Assert.Throws<ArgumentException>(() => LineCharts.LearningCurves(new TrainingHistory(), "t", "train loss")).ParamName);
        Assert.Equal("metrics", Assert.Throws<ArgumentException>(() => LineCharts.LearningCurves(history, "t")).ParamName);
        Assert.Equal("metric", Assert.Throws<ArgumentException>(() => LineCharts.LearningCurves(history, "t", "f1")).ParamName);
    }
}
