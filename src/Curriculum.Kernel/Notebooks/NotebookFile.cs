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

    /// <summary>The notebook-level metadata (kernelspec, language info, a translation's record), created when missing.</summary>
    public JsonObject Metadata => _root["metadata"] as JsonObject ?? (JsonObject)(_root["metadata"] = new JsonObject());

    /// <summary>Replaces the cell at <paramref name="index"/> with a copy of <paramref name="cell"/> (of this or another notebook).</summary>
    public void CopyCell(int index, NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var cells = _root["cells"]!.AsArray();
        if (index < 0 || index >= cells.Count) throw new ArgumentOutOfRangeException(nameof(index), index, $"the notebook has {cells.Count} cells");
        cells[index] = cell.Json.DeepClone();
    }

    /// <summary>
    /// Sets the markdown cell that starts with <paramref name="heading"/> to <paramref name="text"/> (which starts with
    /// the same heading), appending the cell at the end when there is none. Returns whether anything changed.
    /// </summary>
    public bool SetMarkdownSection(string heading, string text)
    {
        if (!text.StartsWith(heading, StringComparison.Ordinal))
            throw new ArgumentException($"the section's text must start with its heading \"{heading}\"", nameof(text));
        var lines = new JsonArray(SplitLines(text).Select(l => (JsonNode)JsonValue.Create(l)!).ToArray());
        var existing = Cells.FirstOrDefault(c => !c.IsCode && (c.Source.StartsWith(heading + "\n", StringComparison.Ordinal) || c.Source == heading));
        if (existing is not null)
        {
            if (existing.Source == text) return false;
            _root["cells"]![existing.Index]!["source"] = lines;
            return true;
        }
        // nbformat 4.5 wants a unique id per cell; derive it from the file and heading, so regenerating keeps it.
        var taken = Cells.Select(c => c.Id).ToHashSet();
        var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes($"{System.IO.Path.GetFileName(Path)}\n{heading}")))[..8];
        while (taken.Contains(id)) id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)))[..8];
        _root["cells"]!.AsArray().Add(new JsonObject { ["cell_type"] = "markdown", ["id"] = id, ["metadata"] = new JsonObject(), ["source"] = lines });
        return true;
    }

    private static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') { yield return text[start..(i + 1)]; start = i + 1; }
        if (start < text.Length) yield return text[start..];
    }

    /// <summary>
    /// Writes a source notebook in the layout the repository keeps (one-space indent, characters unescaped, a final
    /// newline: what Jupyter's nbformat writes), so a generated edit changes only the lines it means to.
    /// </summary>
    public void SaveSource(string path) =>
        File.WriteAllText(path, _root.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 1,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n");

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

    /// <summary>"code", "markdown" or "raw".</summary>
    public string CellType => (string?)json["cell_type"] ?? "";

    /// <summary>The cell as it is stored, for exact comparisons and copies.</summary>
    internal JsonObject Json => json;

    /// <summary>The cell's nbformat 4.5 id, or null in older notebooks.</summary>
    public string? Id => (string?)json["id"];

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
