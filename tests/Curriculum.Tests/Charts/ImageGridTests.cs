using Curriculum.Charts;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Charts;

public class ImageGridTests
{
    [Fact]
    public void One_heatmap_per_image_in_a_grid_with_captions_and_title()
    {
        var images = Enumerable.Range(0, 5).Select(i => Enumerable.Range(0, 6).Select(p => (float)(10 * i + p)).ToArray()).ToArray();
        string[] captions = ["a", "b", "c", "d", "true 3 → 8"];

        var chart = new ChartJson(ImageGrid.Show(images, width: 3, height: 2, captions, columns: 2, title: "Mistakes"));

        Assert.Equal(5, chart.Traces.Length);
        Assert.All(chart.Traces, t => Assert.Equal("heatmap", t.GetProperty("type").GetString()));
        var grid = chart.Layout.GetProperty("grid");
        Assert.Equal((3, 2), (grid.GetProperty("rows").GetInt32(), grid.GetProperty("columns").GetInt32()));
        Assert.Equal(captions, chart.AnnotationTexts);
        Assert.Equal("Mistakes", chart.Title);
        Assert.Equal((40 + 2 * 90, 80 + 3 * (90 + 45)), (chart.Layout.GetProperty("width").GetInt32(), chart.Layout.GetProperty("height").GetInt32()));
        // No pixel-coordinate ticks on any of the small images.
        var axes = chart.Layout.EnumerateObject().Where(p => p.Name.StartsWith("xaxis") || p.Name.StartsWith("yaxis")).ToList();
        Assert.Equal(2 * 5, axes.Count);
        Assert.All(axes, a => Assert.False(a.Value.GetProperty("showticklabels").GetBoolean()));
    }

    [Fact]
    public void Digits_draw_high_values_dark_and_photos_draw_them_light()
    {
        float[] image = [0, 1];

        var ink = new ChartJson(ImageGrid.Show([image], width: 2, height: 1)).Traces.Single();
        var photo = new ChartJson(ImageGrid.Show([image], width: 2, height: 1, photo: true)).Traces.Single();

        // Plotly's "Greys" scale runs black (low) to white (high); reversed, high values are dark.
        Assert.True(ink.GetProperty("reversescale").GetBoolean());
        Assert.False(photo.GetProperty("reversescale").GetBoolean());
    }

    [Fact]
    public void Pixels_are_laid_out_row_major_height_rows_of_width_values()
    {
        float[] image = [1, 2, 3, 4, 5, 6]; // width 3, height 2

        var chart = new ChartJson(ImageGrid.Show([image], width: 3, height: 2));

        var z = chart.Traces.Single().GetProperty("z").EnumerateArray().Select(ChartJson.Numbers).ToArray();
        Assert.Equal([1.0, 2, 3], z[0]);
        Assert.Equal([4.0, 5, 6], z[1]);
        Assert.Equal(2, z.Length);
        Assert.False(chart.Layout.TryGetProperty("title", out var title) && title.TryGetProperty("text", out _)); // no title given
    }

    [Fact]
    public void Fewer_images_than_columns_make_one_row_of_that_many()
    {
        var chart = new ChartJson(ImageGrid.Show([new float[4], new float[4], new float[4]], 2, 2));

        var grid = chart.Layout.GetProperty("grid");
        Assert.Equal((1, 3), (grid.GetProperty("rows").GetInt32(), grid.GetProperty("columns").GetInt32()));
        Assert.Equal(3, chart.Traces.Length);
    }

    [Fact]
    public void Argument_errors_name_the_parameter()
    {
        Assert.Equal("images", Assert.Throws<ArgumentException>(() => ImageGrid.Show([], 8, 8)).ParamName);
        var pixels = Assert.Throws<ArgumentException>(() => ImageGrid.Show([new float[64], new float[63]], 8, 8));
        Assert.Equal("images", pixels.ParamName);
        Assert.Contains("image 1 has 63 pixels, expected 8x8 = 64", pixels.Message);
        var captions = Assert.Throws<ArgumentException>(() => ImageGrid.Show([new float[4], new float[4]], 2, 2, ["only one"]));
        Assert.Equal("captions", captions.ParamName);
        Assert.Contains("1 captions for 2 images", captions.Message);
        Assert.Equal("width", Assert.Throws<ArgumentOutOfRangeException>(() => ImageGrid.Show([new float[4]], 0, 2)).ParamName);
        Assert.Equal("columns", Assert.Throws<ArgumentOutOfRangeException>(() => ImageGrid.Show([new float[4]], 2, 2, columns: 0)).ParamName);
    }
}
