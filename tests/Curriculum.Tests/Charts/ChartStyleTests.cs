using Curriculum.Charts;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Charts;

public class ChartStyleTests
{
    [Fact]
    public void WithTitle_sets_the_layout_title_and_keeps_the_traces()
    {
        var chart = BarCharts.Columns("old", ["a", "b"], [1, 2]);

        var titled = new ChartJson(chart.WithTitle("New <title> & more"));

        Assert.Equal("New <title> & more", titled.Title);
        Assert.Equal(["a", "b"], ChartJson.Strings(titled.Traces.Single().GetProperty("x")));
    }
}
