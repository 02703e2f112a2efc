using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace Curriculum.Kernel.Jupyter;

/// <summary>
/// The editor's requests: completions (Tab), inspection (Shift+Tab, hover) and "is this code complete?" (console
/// front ends). Jupyter counts the cursor in Unicode code points over the whole cell; the kernel wants line and column.
/// </summary>
public static class LanguageRequests
{
    public static async Task<JsonObject> CompleteAsync(Microsoft.DotNet.Interactive.Kernel kernel, string code, int cursor)
    {
        var index = CodePosition.Utf16Index(code, cursor);
        var result = await kernel.SendAsync(new RequestCompletions(code, CodePosition.LineAndColumn(code, index)));
        var produced = result.Events.OfType<CompletionsProduced>().FirstOrDefault();
        var (start, end) = produced?.LinePositionSpan is { } span
            ? (CodePosition.Index(code, span.Start), CodePosition.Index(code, span.End))
            : (CodePosition.WordStart(code, index), index);
        // The display text, not the insert text: that is an editor snippet ("WriteLine($1)") Jupyter would insert literally.
        var matches = produced?.Completions.Select(c => c.DisplayText ?? c.InsertText).Distinct().ToArray() ?? [];
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(matches.Select(m => (JsonNode)JsonValue.Create(m)!).ToArray()),
            ["cursor_start"] = CodePosition.CodePoints(code, start),
            ["cursor_end"] = CodePosition.CodePoints(code, end),
            ["metadata"] = new JsonObject(),
        };
    }

    public static async Task<JsonObject> InspectAsync(Microsoft.DotNet.Interactive.Kernel kernel, string code, int cursor)
    {
        var index = CodePosition.Utf16Index(code, cursor);
        var result = await kernel.SendAsync(new RequestHoverText(code, CodePosition.LineAndColumn(code, index)));
        var data = new JsonObject();
        foreach (var value in result.Events.OfType<HoverTextProduced>().SelectMany(h => h.Content)) data[value.MimeType] = value.Value;
        return new JsonObject { ["status"] = "ok", ["found"] = data.Count > 0, ["data"] = data, ["metadata"] = new JsonObject() };
    }

    /// <summary>"complete" when the C# script parser sees a whole submission (an open brace or string means "incomplete").</summary>
    public static JsonObject IsComplete(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script));
        return SyntaxFactory.IsCompleteSubmission(tree)
            ? new JsonObject { ["status"] = "complete" }
            : new JsonObject { ["status"] = "incomplete", ["indent"] = "" };
    }
}
