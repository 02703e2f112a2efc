using Curriculum.Charts;
using Curriculum.Data;
using System.Net;
using System.Text.RegularExpressions;
using Curriculum.Platform;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace Curriculum.Display;

/// <summary>
/// What a lesson exported as a file-based app (`dotnet run apps/NN-slug.cs`) uses in place of the notebook front end:
/// values a cell would display are printed as text, and charts and HTML (audio players, tables) are written to HTML
/// files whose paths are printed. Introduced with the lesson apps (apps/README.md).
/// </summary>
public static class App
{
    private static string _name = "lesson";
    private static int _count;

    /// <summary>The folder this app's HTML outputs go to: artifacts/apps/NAME/ in the repository.</summary>
    public static string OutputFolder => Path.Combine(Path.GetDirectoryName(DataFiles.Folder)!, "artifacts", "apps", _name);

    /// <summary>Call first: names the output folder (emptied) and gets TorchSharp ready (<see cref="TorchStartup"/>).</summary>
    public static void Start(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            throw new ArgumentException($"name must be a plain file name such as \"03-evaluation\", not \"{name}\"", nameof(name));
        _name = name;
        _count = 0;
        if (Directory.Exists(OutputFolder)) Directory.Delete(OutputFolder, recursive: true);
        TorchStartup.Ensure();
    }

    /// <summary>Shows <paramref name="value"/> as a notebook cell would: charts and HTML to a file (path printed), else text.</summary>
    public static void Display(object? value)
    {
        switch (value)
        {
            case null:
                return;
            case GenericChart chart:
                Write("chart", ChartHtml.Render(chart, includePlotlyJs: true));
                return;
            case IHtmlContent content:
                var html = content.ToString() ?? "";
                // Tables read well in a terminal; other HTML (audio players, images) needs a browser.
                if (html.StartsWith("<table", StringComparison.OrdinalIgnoreCase)) Console.WriteLine(TableText(html));
                else Write("output", html);
                return;
            default:
                Console.WriteLine(value.ToDisplayString(PlainTextFormatter.MimeType));
                return;
        }
    }

    /// <summary>An HTML table (as <see cref="Table.Of{T}"/> makes) as aligned text columns.</summary>
    internal static string TableText(string html)
    {
        var rows = Regex.Matches(html, "<tr>(.*?)</tr>", RegexOptions.Singleline)
            .Select(r => Regex.Matches(r.Groups[1].Value, "<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)
                .Select(c => WebUtility.HtmlDecode(Regex.Replace(c.Groups[1].Value, "<[^>]+>", "")).Trim()).ToArray())
            .Where(r => r.Length > 0).ToList();
        if (rows.Count == 0) return Regex.Replace(html, "<[^>]+>", " ");
        var widths = Enumerable.Range(0, rows.Max(r => r.Length))
            .Select(i => rows.Max(r => i < r.Length ? r[i].Length : 0)).ToArray();
        return string.Join('\n', rows.Select(r => string.Join("  ", r.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd()));
    }

    private static void Write(string kind, string body)
    {
        Directory.CreateDirectory(OutputFolder);
        var path = Path.Combine(OutputFolder, $"{++_count:00}-{kind}.html");
        File.WriteAllText(path, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{_name} {kind} {_count}</title></head><body>{body}</body></html>");
        Console.WriteLine($"[{kind} written to {path}]");
    }
}
