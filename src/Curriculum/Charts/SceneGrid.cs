using Curriculum.Vision;
using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace Curriculum.Charts;

/// <summary>An outline to draw on a scene: a box, its colour (any CSS colour) and an optional label at its top-left corner. Introduced in lesson 22.</summary>
public sealed record BoxMark(Box Box, string Colour, string Label = "", bool Dashed = false);

/// <summary>
/// Greyscale scenes in a grid (black = 0, white = 1, as photographs are shown), optionally with a mask tinted red
/// over each scene and boxes outlined on it: segmentation and detection results on the image itself.
/// Introduced in lesson 21.
/// </summary>
public static class SceneGrid
{
    // z in [0, 1]: plain grey; z in [1, 2]: the same grey tinted red (pixels inside the mask).
    private static readonly object[][] TintScale =
    [
        [0.0, "rgb(0,0,0)"], [0.5, "rgb(255,255,255)"], [0.5, "rgb(110,0,0)"], [1.0, "rgb(255,150,150)"],
    ];

    /// <summary>
    /// Shows <paramref name="images"/> (row-major, <paramref name="size"/>×<paramref name="size"/>, grey levels 0..1) in
    /// rows of <paramref name="columns"/>. <paramref name="masks"/> (one per image, or null entries) are tinted red;
    /// <paramref name="boxes"/> (one list per image) are outlined. Introduced in lesson 21.
    /// </summary>
    public static GenericChart Show(IReadOnlyList<float[]> images, int size, IReadOnlyList<string>? captions = null,
        IReadOnlyList<bool[]?>? masks = null, IReadOnlyList<IReadOnlyList<BoxMark>>? boxes = null,
        int columns = 6, string title = "", int cellPixels = 130)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (images.Count == 0) throw new ArgumentException("need at least one image", nameof(images));
        if (size <= 0) throw new ArgumentOutOfRangeException(nameof(size), size, "must be positive");
        if (columns <= 0) throw new ArgumentOutOfRangeException(nameof(columns), columns, "must be positive");
        for (var i = 0; i < images.Count; i++)
            if (images[i].Length != size * size)
                throw new ArgumentException($"image {i} has {images[i].Length} pixels, expected {size}x{size} = {size * size}", nameof(images));
        if (captions is not null && captions.Count != images.Count)
            throw new ArgumentException($"there are {captions.Count} captions for {images.Count} images", nameof(captions));
        if (masks is not null && masks.Count != images.Count)
            throw new ArgumentException($"there are {masks.Count} masks for {images.Count} images", nameof(masks));
        if (masks is not null)
            for (var i = 0; i < masks.Count; i++)
                if (masks[i] is { } m && m.Length != size * size)
                    throw new ArgumentException($"mask {i} has {m.Length} pixels, expected {size * size}", nameof(masks));
        if (boxes is not null && boxes.Count != images.Count)
            throw new ArgumentException($"there are {boxes.Count} box lists for {images.Count} images", nameof(boxes));

        columns = Math.Min(columns, images.Count);
        var rows = (images.Count + columns - 1) / columns;
        var charts = new List<GenericChart>();
        for (var i = 0; i < images.Count; i++)
        {
            var mask = masks?[i];
            var z = Enumerable.Range(0, size).Select(r => Enumerable.Range(0, size)
                .Select(c => Math.Clamp((double)images[i][r * size + c], 0, 1) + (mask is not null && mask[r * size + c] ? 1 : 0)).ToArray()).ToArray();
            var heatmap = Chart.Heatmap<double, int, int, string>(zData: z, ShowScale: false, ReverseYAxis: true);
            foreach (var trace in GenericChart.getTraces(heatmap))
            {
                trace.SetProperty("colorscale", TintScale);
                trace.SetProperty("zmin", 0.0);
                trace.SetProperty("zmax", 2.0);
            }
            var layers = new List<GenericChart> { heatmap };
            foreach (var mark in boxes?[i] ?? [])
                layers.Add(Outline(mark));
            charts.Add(layers.Count == 1 ? heatmap : Chart.Combine(layers));
        }
        var grid = Chart.Grid(charts, rows, columns,
                SubPlotTitles: captions?.ToArray() ?? images.Select(_ => "").ToArray(), XGap: 0.08, YGap: 0.25)
            .WithSize(Width: 40 + columns * cellPixels, Height: 100 + rows * (cellPixels + 40));
        ChartStyle.HideAxes(grid, squarePixels: true);
        var layout = GenericChart.getLayout(grid);
        layout.SetProperty("showlegend", false);
        layout.SetProperty("margin", new Dictionary<string, int> { ["l"] = 20, ["r"] = 20, ["t"] = 80, ["b"] = 20 });
        return title.Length > 0 ? grid.WithTitle(title) : grid;
    }

    /// <summary>A closed line around the box's pixel edges (heatmap cells are centred on whole numbers), label at the top-left.</summary>
    private static GenericChart Outline(BoxMark mark)
    {
        var (x0, y0, x1, y1) = (mark.Box.X0 - 0.5, mark.Box.Y0 - 0.5, mark.Box.X1 - 0.5, mark.Box.Y1 - 0.5);
        var line = Chart.Line<double, double, string>(new[] { x0, x1, x1, x0, x0 }, new[] { y0, y0, y1, y1, y0 },
            ShowLegend: false, LineColor: Color.fromString(mark.Colour), LineWidth: 2,
            LineDash: mark.Dashed ? StyleParam.DrawingStyle.Dash : StyleParam.DrawingStyle.Solid);
        if (mark.Label.Length > 0)
            foreach (var trace in GenericChart.getTraces(line))
            {
                trace.SetProperty("mode", "lines+text");
                trace.SetProperty("text", new[] { mark.Label, "", "", "", "" });
                trace.SetProperty("textposition", "top right");
                trace.SetProperty("textfont", new Dictionary<string, object> { ["color"] = mark.Colour, ["size"] = 10 });
            }
        return line;
    }
}
