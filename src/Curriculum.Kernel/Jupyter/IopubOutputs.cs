using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Curriculum.Kernel.Jupyter;

/// <summary>
/// Turns the kernel events of one execution into IOPub messages (type and content): printed text becomes `stream`,
/// displays `display_data` carrying the display's id, so that a later update (a progress bar) becomes
/// `update_display_data` and the front end redraws it in place; the cell's value becomes `execute_result`, a failure `error`.
/// </summary>
public sealed class IopubOutputs(int executionCount)
{
    private readonly HashSet<string> _errors = new();

    /// <summary>The first error of the execution (for the execute_reply), if any.</summary>
    public JsonObject? Error { get; private set; }

    /// <summary>The message for <paramref name="e"/>, or null when the event shows nothing.</summary>
    public (string Type, JsonObject Content)? Translate(KernelEvent e) => e switch
    {
        StandardOutputValueProduced o => Stream("stdout", o.FormattedValues),
        StandardErrorValueProduced o => Stream("stderr", o.FormattedValues),
        ErrorProduced err => Failure(err.Message), // a DisplayEvent too: before the general case
        DisplayedValueUpdated { ValueId: not null } u => ("update_display_data", Display(u.FormattedValues, u.Value, u.ValueId)),
        DisplayedValueUpdated => null,
        ReturnValueProduced r => ("execute_result", new JsonObject
        {
            ["execution_count"] = executionCount,
            ["data"] = Data(r.FormattedValues, r.Value),
            ["metadata"] = new JsonObject(),
        }),
        DisplayEvent d => ("display_data", Display(d.FormattedValues, d.Value, d.ValueId)),
        CommandFailed failed => Failure(failed.Message ?? failed.Exception?.Message ?? "command failed"),
        _ => null,
    };

    private (string, JsonObject)? Failure(string message)
    {
        // The kernel often reports one failure twice (as a displayed error and as the command's failure): show it once.
        if (!_errors.Add(message)) return null;
        var content = new JsonObject
        {
            ["ename"] = "Error",
            ["evalue"] = message,
            ["traceback"] = new JsonArray(message.Split('\n').Select(l => (JsonNode)JsonValue.Create(l)!).ToArray()),
        };
        Error ??= (JsonObject)content.DeepClone();
        return ("error", content);
    }

    private static (string, JsonObject)? Stream(string name, IReadOnlyCollection<FormattedValue> values)
    {
        var text = values.FirstOrDefault(v => v.MimeType == "text/plain")?.Value ?? values.FirstOrDefault()?.Value ?? "";
        return text.Length == 0 ? null : ("stream", new JsonObject { ["name"] = name, ["text"] = text });
    }

    private static JsonObject Display(IReadOnlyCollection<FormattedValue> values, object? value, string? displayId)
    {
        var content = new JsonObject { ["data"] = Data(values, value), ["metadata"] = new JsonObject() };
        if (displayId is not null) content["transient"] = new JsonObject { ["display_id"] = displayId };
        return content;
    }

    private static JsonObject Data(IReadOnlyCollection<FormattedValue> values, object? value)
    {
        var data = new JsonObject();
        foreach (var v in values) data[v.MimeType] = v.Value;
        // The kernel formats simple values as HTML only; Jupyter clients also want text/plain (consoles, nbconvert to
        // text, tests). Only for simple values: a chart's plain-text form would be a dump of its whole object graph.
        if (!data.ContainsKey("text/plain") && value is string or bool or char or IFormattable)
            data["text/plain"] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        return data;
    }
}
