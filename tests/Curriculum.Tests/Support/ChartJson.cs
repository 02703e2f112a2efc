using System.Text.Json;
using Plotly.NET;

namespace Curriculum.Tests.Support;

/// <summary>A chart's Plotly figure (traces and layout) as JSON, the way the browser receives it.</summary>
internal sealed class ChartJson
{
    private readonly JsonElement _root;

    public ChartJson(GenericChart chart)
    {
        Html = GenericChart.toChartHTML(chart);
        _root = JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement;
    }

    public string Html { get; }

    public JsonElement[] Traces => _root.GetProperty("data").EnumerateArray().ToArray();

    public JsonElement Layout => _root.GetProperty("layout");

    public string Title => Layout.GetProperty("title").GetProperty("text").GetString()!;

    public string AxisTitle(string axis) => Layout.GetProperty(axis).GetProperty("title").GetProperty("text").GetString()!;

    public string[] AnnotationTexts =>
        Layout.TryGetProperty("annotations", out var a) ? a.EnumerateArray().Select(e => e.GetProperty("text").GetString()!).ToArray() : [];

    public static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
