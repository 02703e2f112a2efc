using Curriculum.Charts;
using Curriculum.Tests.Support;
using Curriculum.Vision;

namespace Curriculum.Tests.Charts;

public class SceneGridTests
{
    [Fact]
    public void Masks_are_tinted_by_lifting_their_pixels_above_1_on_a_0_to_2_scale()
    {
        float[] image = [0.1f, 0.9f, 0.5f, 0.2f]; // 2x2
        bool[] mask = [false, true, true, false];

        var chart = new ChartJson(SceneGrid.Show([image, image], 2, ["plain", "masked"], masks: [null, mask], title: "Scenes"));

        Assert.Equal(2, chart.Traces.Length);
        var plain = chart.Traces[0].GetProperty("z").EnumerateArray().Select(ChartJson.Numbers).ToArray();
        var masked = chart.Traces[1].GetProperty("z").EnumerateArray().Select(ChartJson.Numbers).ToArray();
        Assert.Equal([0.1, 0.9], plain[0], (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.Equal([0.1, 1.9], masked[0], (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.Equal([1.5, 0.2], masked[1], (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.All(chart.Traces, t => Assert.Equal((0.0, 2.0), (t.GetProperty("zmin").GetDouble(), t.GetProperty("zmax").GetDouble())));
        Assert.Equal(["plain", "masked"], chart.AnnotationTexts);
        Assert.Equal("Scenes", chart.Title);
    }

    [Fact]
    public void Boxes_are_closed_outlines_on_pixel_edges_with_labels()
    {
        var box = new BoxMark(new Box(1, 2, 4, 3), "#ff0000", "disc 0.90");
        var chart = new ChartJson(SceneGrid.Show([new float[36], new float[36]], 6, boxes: [[box], []]));

        Assert.Equal(3, chart.Traces.Length); // two heatmaps and one outline
        var outline = chart.Traces.Single(t => t.GetProperty("type").GetString() == "scatter");
        Assert.Equal([0.5, 3.5, 3.5, 0.5, 0.5], ChartJson.Numbers(outline.GetProperty("x")));
        Assert.Equal([1.5, 1.5, 2.5, 2.5, 1.5], ChartJson.Numbers(outline.GetProperty("y")));
        Assert.Equal("disc 0.90", ChartJson.Strings(outline.GetProperty("text"))[0]);
        Assert.Equal("lines+text", outline.GetProperty("mode").GetString());
    }

    [Fact]
    public void Argument_errors_name_the_parameter()
    {
        Assert.Equal("images", Assert.Throws<ArgumentException>(() => SceneGrid.Show([], 2)).ParamName);
        Assert.Equal("images", Assert.Throws<ArgumentException>(() => SceneGrid.Show([new float[3]], 2)).ParamName);
        Assert.Equal("masks", Assert.Throws<ArgumentException>(() => SceneGrid.Show([new float[4]], 2, masks: [new bool[3]])).ParamName);
        Assert.Equal("captions", Assert.Throws<ArgumentException>(() => SceneGrid.Show([new float[4]], 2, ["a", "b"])).ParamName);
        Assert.Equal("boxes", Assert.Throws<ArgumentException>(() => SceneGrid.Show([new float[4]], 2, boxes: [])).ParamName);
    }
}
