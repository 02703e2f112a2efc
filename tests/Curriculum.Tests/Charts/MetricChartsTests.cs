using Curriculum.Charts;
using Curriculum.Metrics;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Charts;

public class MetricChartsTests
{
    [Fact]
    public void ConfusionMatrix_shows_every_count_in_its_cell()
    {
        int[,] counts = { { 50, 3, 0 }, { 4, 41, 7 }, { 1, 2, 38 } };

        var chart = new ChartJson(MetricCharts.ConfusionMatrix(counts, "Digits", ["zero", "one", "two"]));

        var heatmap = chart.Traces.Single();
        Assert.Equal("heatmap", heatmap.GetProperty("type").GetString());
        var z = heatmap.GetProperty("z").EnumerateArray().Select(ChartJson.Numbers).ToArray();
        Assert.Equal([50.0, 3, 0], z[0]); // row = actual class
        Assert.Equal([4.0, 41, 7], z[1]);
        Assert.Equal([" zero", " one", " two"], ChartJson.Strings(heatmap.GetProperty("x")));
        Assert.Equal([" zero", " one", " two"], ChartJson.Strings(heatmap.GetProperty("y")));
        // One annotation per cell, at (column, row), carrying the count.
        var cells = chart.Layout.GetProperty("annotations").EnumerateArray()
            .ToDictionary(a => (Row: a.GetProperty("y").GetInt32(), Col: a.GetProperty("x").GetInt32()), a => a.GetProperty("text").GetString());
        Assert.Equal(9, cells.Count);
        for (var r = 0; r < 3; r++)
            for (var c = 0; c < 3; c++)
                Assert.Equal(counts[r, c].ToString(), cells[(r, c)]);
        Assert.Equal(("Digits", "predicted", "actual"), (chart.Title, chart.AxisTitle("xaxis"), chart.AxisTitle("yaxis")));
        Assert.Equal("reversed", chart.Layout.GetProperty("yaxis").GetProperty("autorange").GetString()); // class 0 at the top
    }

    [Fact]
    public void ConfusionMatrix_default_names_are_the_class_numbers()
    {
        var chart = new ChartJson(MetricCharts.ConfusionMatrix(new[,] { { 1, 2 }, { 3, 4 } }));
        Assert.Equal([" 0", " 1"], ChartJson.Strings(chart.Traces.Single().GetProperty("x")));
        Assert.Equal("Confusion matrix", chart.Title);
    }

    [Fact]
    public void ConfusionMatrix_argument_errors_name_the_parameter()
    {
        var e = Assert.Throws<ArgumentException>(() => MetricCharts.ConfusionMatrix(new int[2, 3]));
        Assert.Equal("counts", e.ParamName);
        Assert.Contains("got 2x3", e.Message);
        Assert.Equal("counts", Assert.Throws<ArgumentException>(() => MetricCharts.ConfusionMatrix(new int[0, 0])).ParamName);
        Assert.Equal("classNames", Assert.Throws<ArgumentException>(() => MetricCharts.ConfusionMatrix(new int[2, 2], classNames: ["a"])).ParamName);
    }

    [Fact]
    public void Roc_has_one_line_per_model_with_its_AUC_and_the_chance_diagonal()
    {
        bool[] actual = [true, true, false, true, false, false];
        double[] scores = [0.9, 0.7, 0.6, 0.4, 0.3, 0.1];
        var curve = Curves.Roc(actual, scores); // AUC = 8/9: of 9 positive-negative pairs, only (0.4, 0.6) is misordered

        var chart = new ChartJson(MetricCharts.Roc(("model A", curve)));

        Assert.Equal(["model A (AUC 0.8889)", "chance"], chart.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(curve.FalsePositiveRate, ChartJson.Numbers(chart.Traces[0].GetProperty("x")));
        Assert.Equal(curve.TruePositiveRate, ChartJson.Numbers(chart.Traces[0].GetProperty("y")));
        Assert.Equal([0.0, 1], ChartJson.Numbers(chart.Traces[1].GetProperty("y")));
        Assert.Equal(("ROC curve", "false positive rate"), (chart.Title, chart.AxisTitle("xaxis")));
    }

    [Fact]
    public void PrecisionRecall_has_one_line_per_model_with_AP_and_the_base_rate()
    {
        var curve = new PrecisionRecallCurve([0, 0.5, 1], [1, 1, 0.6], [0.9, 0.5, 0.1], 0.8);

        var chart = new ChartJson(MetricCharts.PrecisionRecall(0.4, ("m1", curve), ("m2", curve)));

        Assert.Equal(["m1 (AP 0.8000)", "m2 (AP 0.8000)", "base rate 0.40"], chart.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([0.0, 0.5, 1], ChartJson.Numbers(chart.Traces[0].GetProperty("x")));
        Assert.Equal([1.0, 1, 0.6], ChartJson.Numbers(chart.Traces[0].GetProperty("y")));
        Assert.Equal([0.4, 0.4], ChartJson.Numbers(chart.Traces[2].GetProperty("y")));
        Assert.Equal(("Precision-recall curve", "recall", "precision"), (chart.Title, chart.AxisTitle("xaxis"), chart.AxisTitle("yaxis")));
    }

    [Fact]
    public void Curve_argument_errors_name_the_parameter()
    {
        var curve = new PrecisionRecallCurve([0, 1], [1, 0.5], [0.5, 0.1], 0.75);
        Assert.Equal("curves", Assert.Throws<ArgumentException>(() => MetricCharts.Roc()).ParamName);
        Assert.Equal("curves", Assert.Throws<ArgumentException>(() => MetricCharts.PrecisionRecall(0.5)).ParamName);
        Assert.Equal("baseRate", Assert.Throws<ArgumentOutOfRangeException>(() => MetricCharts.PrecisionRecall(1.5, ("m", curve))).ParamName);
    }
}
