using System.Text.Json;
using System.Text.Json.Nodes;

namespace Curriculum.Kernel.Notebooks;

/// <summary>
/// An .ipynb read as JSON and written back with outputs. Kept as a JSON tree (not a typed model) so that every
/// field VS Code wrote (metadata, kernel info, cell ids) survives execution untouched.
/// </summary>
public sealed class NotebookFile
{
    private readonly JsonObject _root;

    private NotebookFile(string path, JsonObject root)
    {
        Path = path;
        _root = root;
    }

    public string Path { get; }

    public static NotebookFile Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Notebook not found: {path}", path);
        JsonNode? node;
        try { node = JsonNode.Parse(File.ReadAllText(path)); }
        catch (JsonException e) { throw new InvalidDataException($"{path} is not valid notebook JSON: {e.Message}", e); }
        if (node is not JsonObject root || root["cells"] is not JsonArray)
            throw new InvalidDataException($"{path} has no \"cells\" array; is it an .ipynb notebook?");
        return new NotebookFile(path, root);
    }

    public IReadOnlyList<NotebookCell> Cells =>
        _root["cells"]!.AsArray().Select((c, i) => new NotebookCell(i, c!.AsObject())).ToList();

    public IEnumerable<NotebookCell> CodeCells => Cells.Where(c => c.IsCode);

    public void Save(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        File.WriteAllText(path, _root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}

public sealed class NotebookCell(int index, JsonObject json)
{
    /// <summary>Zero-based position among all cells.</summary>
    public int Index { get; } = index;

    public bool IsCode => (string?)json["cell_type"] == "code";

    /// <summary>The kernel a code cell asks for (Polyglot metadata); C# when unstated.</summary>
    public string KernelName =>
        (string?)json["metadata"]?["polyglot_notebook"]?["kernelName"]
        ?? (string?)json["metadata"]?["dotnet_interactive"]?["language"]
        ?? "csharp";

    public string Source => json["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue v => (string?)v ?? "",
        _ => "",
    };

    public JsonArray Outputs
    {
        get
        {
            if (json["outputs"] is JsonArray outputs) return outputs;
            var created = new JsonArray();
            json["outputs"] = created;
            return created;
        }
    }

    public void SetExecutionCount(int? count) => json["execution_count"] = count;

    /// <summary>
    /// Records when the cell started and finished, in the metadata fields nbclient writes (JupyterLab's execute-time
    /// display reads them), so a slow cell can be found in any executed copy.
    /// </summary>
    public void SetExecutionTiming(DateTimeOffset started, DateTimeOffset finished)
    {
        if (json["metadata"] is not JsonObject metadata) json["metadata"] = metadata = new JsonObject();
        metadata["execution"] = new JsonObject
        {
            ["iopub.execute_input"] = started.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ"),
            ["shell.execute_reply"] = finished.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ"),
        };
    }
}
