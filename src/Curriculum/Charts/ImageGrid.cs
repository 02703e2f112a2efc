using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace Curriculum.Charts;

/// <summary>
/// A grid of small greyscale images with a caption above each, e.g. digits with "true 3 → 8". Built as one heatmap
/// per image in a subplot grid so it stays a Plotly chart (zoom, hover shows pixel values). Introduced in lesson 02.
/// </summary>
public static class ImageGrid
{
    /// <summary>
    /// Shows <paramref name="images"/> (row-major pixels, <paramref name="width"/> × <paramref name="height"/>) in rows
    /// of <paramref name="columns"/>, dark ink on white (high values dark). For photographs pass
    /// <paramref name="photo"/> = true: high values are drawn light, as brightness (lessons 14 and 27). Introduced in lesson 02.
    /// </summary>
    public static GenericChart Show(IReadOnlyList<float[]> images, int width, int height, IReadOnlyList<string>? captions = null,
        int columns = 8, string title = "", int cellPixels = 90, bool photo = false)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (images.Count == 0) throw new ArgumentException("need at least one image", nameof(images));
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), $"image size must be positive, got {width}x{height}");
        if (columns <= 0) throw new ArgumentOutOfRangeException(nameof(columns), columns, "columns must be positive");
        for (var i = 0; i < images.Count; i++)
            if (images[i].Length != width * height)
                throw new ArgumentException($"image {i} has {images[i].Length} pixels, expected {width}x{height} = {width * height}", nameof(images));
        if (captions is not null && captions.Count != images.Count)
            throw new ArgumentException($"there are {captions.Count} captions for {images.Count} images", nameof(captions));

        columns = Math.Min(columns, images.Count);
        var rows = (images.Count + columns - 1) / columns;
        var charts = images.Select(img =>
        {
            var z = Enumerable.Range(0, height).Select(r => img.AsSpan(r * width, width).ToArray().Select(v => (double)v).ToArray()).ToArray();
            return Chart.Heatmap<double, int, int, string>(zData: z,
                    ColorScale: StyleParam.Colorscale.Greys, ReverseScale: !photo, ShowScale: false, ReverseYAxis: true)
                .WithXAxisStyle<int, int, string>(ShowGrid: false)
                .WithYAxisStyle<int, int, string>(ShowGrid: false);
        }).ToList();
        var grid = Chart.Grid(charts, rows, columns,
                SubPlotTitles: captions?.ToArray() ?? images.Select(_ => "").ToArray(),
                XGap: 0.15, YGap: 0.35)
            .WithSize(Width: 40 + columns * cellPixels, Height: 80 + rows * (cellPixels + 45)); // room for captions, square cells
        ChartStyle.HideAxes(grid, squarePixels: false);
        return title.Length > 0 ? grid.WithTitle(title) : grid;
    }
}
