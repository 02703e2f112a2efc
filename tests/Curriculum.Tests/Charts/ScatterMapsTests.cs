using Curriculum.Charts;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Charts;

public class ScatterMapsTests
{
    [Fact]
    public void One_trace_per_group_in_name_order_keeping_points_with_their_hover_text()
    {
        var chart = new ChartJson(ScatterMaps.Groups("Map", [1.0, 2.0, 3.0], [4.0, 5.0, 6.0], ["b", "a", "b"], ["p0", "p1", "p2"], "PC 1", "PC 2"));

        var traces = chart.Traces.ToArray();
        Assert.Equal(2, traces.Length);
        Assert.Equal("a", traces[0].GetProperty("name").GetString());
        Assert.Equal([2.0], ChartJson.Numbers(traces[0].GetProperty("x")));
        Assert.Equal(["p1"], ChartJson.Strings(traces[0].GetProperty("text")));
        Assert.Equal("b", traces[1].GetProperty("name").GetString());
        Assert.Equal([1.0, 3.0], ChartJson.Numbers(traces[1].GetProperty("x")));
        Assert.Equal([4.0, 6.0], ChartJson.Numbers(traces[1].GetProperty("y")));
        Assert.Equal(["p0", "p2"], ChartJson.Strings(traces[1].GetProperty("text")));
        Assert.Equal(("Map", "PC 1"), (chart.Title, chart.AxisTitle("xaxis")));
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        Assert.Equal("group", Assert.Throws<ArgumentException>(() => ScatterMaps.Groups("Map", [1.0], [1.0], ["a", "b"], ["x"])).ParamName);
    }
}
