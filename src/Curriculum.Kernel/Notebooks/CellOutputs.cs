using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Curriculum.Kernel.Notebooks;

/// <summary>
/// Turns kernel events of one cell into Jupyter outputs. A displayed value that is later updated (live progress)
/// keeps one output slot and ends with its last state, as it looks in VS Code after the loop finishes.
/// </summary>
public sealed class CellOutputs(JsonArray outputs, int executionCount)
{
    private readonly Dictionary<string, JsonObject> _byValueId = new();
    private readonly List<string> _errors = new();

    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Everything the cell wrote to stdout, in order (check lines are read from here).</summary>
    public System.Text.StringBuilder StandardOutput { get; } = new();

    public void Add(KernelEvent e)
    {
        switch (e)
        {
            case StandardOutputValueProduced o:
                AppendStream("stdout", Plain(o.FormattedValues));
                StandardOutput.Append(Plain(o.FormattedValues));
                break;
            case StandardErrorValueProduced o:
                AppendStream("stderr", Plain(o.FormattedValues));
                break;
            case DisplayedValueUpdated u when u.ValueId is not null && _byValueId.TryGetValue(u.ValueId, out var slot):
                slot["data"] = Data(u.FormattedValues);
                break;
            case ErrorProduced err:
                AddError(err.Message);
                break;
            case ReturnValueProduced r:
                outputs.Add(new JsonObject
                {
                    ["output_type"] = "execute_result",
                    ["execution_count"] = executionCount,
                    ["data"] = Data(r.FormattedValues),
                    ["metadata"] = new JsonObject(),
                });
                break;
            case DisplayEvent d:
                var display = new JsonObject
                {
                    ["output_type"] = "display_data",
                    ["data"] = Data(d.FormattedValues),
                    ["metadata"] = new JsonObject(),
                };
                outputs.Add(display);
                if (d.ValueId is not null) _byValueId[d.ValueId] = display;
                break;
            case CommandFailed failed:
                AddError(failed.Message ?? failed.Exception?.Message ?? "command failed");
                break;
        }
    }

    private void AddError(string message)
    {
        if (_errors.Contains(message)) return;
        _errors.Add(message);
        outputs.Add(new JsonObject
        {
            ["output_type"] = "error",
            ["ename"] = "Error",
            ["evalue"] = message,
            ["traceback"] = new JsonArray(message.Split('\n').Select(l => (JsonNode)JsonValue.Create(l)!).ToArray()),
        });
    }

    private void AppendStream(string name, string text)
    {
        if (text.Length == 0) return;
        if (outputs.LastOrDefault() is JsonObject last && (string?)last["output_type"] == "stream" && (string?)last["name"] == name)
        {
            last["text"]!.AsArray().Add(text);
            return;
        }
        outputs.Add(new JsonObject { ["output_type"] = "stream", ["name"] = name, ["text"] = new JsonArray(text) });
    }

    private static string Plain(IReadOnlyCollection<FormattedValue> values) =>
        values.FirstOrDefault(v => v.MimeType == "text/plain")?.Value ?? values.FirstOrDefault()?.Value ?? "";

    private static JsonObject Data(IReadOnlyCollection<FormattedValue> values)
    {
        var data = new JsonObject();
        foreach (var v in values) data[v.MimeType] = v.Value;
        return data;
    }
}
