using System.Text.Json.Nodes;
using Curriculum.Kernel.Notebooks;
using Curriculum.Kernel.Tests.Support;

namespace Curriculum.Kernel.Tests.Notebooks;

public sealed class NotebookFileTests : IDisposable
{
    private readonly TempNotebooks _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Reads_code_cells_in_order_and_joins_source_lines()
    {
        var path = Path.Combine(_temp.Folder, "n.ipynb");
        File.WriteAllText(path, """
            {"cells": [
              {"cell_type": "markdown", "metadata": {}, "source": ["# t"]},
              {"cell_type": "code", "metadata": {"polyglot_notebook": {"kernelName": "csharp"}}, "outputs": [], "source": ["var a = 1;\n", "a + 1"]},
              {"cell_type": "code", "metadata": {}, "outputs": [], "source": "Console.WriteLine(2);"}
            ], "metadata": {"x": 1}, "nbformat": 4, "nbformat_minor": 5}
            """);
        var notebook = NotebookFile.Load(path);
        var code = notebook.CodeCells.ToList();
        Assert.Equal(2, code.Count);
        Assert.Equal("var a = 1;\na + 1", code[0].Source);
        Assert.Equal(1, code[0].Index);
        Assert.Equal("csharp", code[1].KernelName);
        Assert.Equal("Console.WriteLine(2);", code[1].Source);
    }

    [Fact]
    public void Saving_keeps_metadata_and_adds_outputs()
    {
        var path = _temp.Write("n", "1 + 1");
        var notebook = NotebookFile.Load(path);
        var cell = notebook.CodeCells.Single();
        cell.Outputs.Add(new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = new JsonArray("hi") });
        cell.SetExecutionCount(1);
        var saved = Path.Combine(_temp.Folder, "out", "n.ipynb");
        notebook.Save(saved);
        var json = JsonNode.Parse(File.ReadAllText(saved))!;
        Assert.Equal(4, (int)json["nbformat"]!);
        var code = json["cells"]!.AsArray()[1]!;
        Assert.Equal(1, (int)code["execution_count"]!);
        Assert.Equal("hi", (string)code["outputs"]![0]!["text"]![0]!);
        Assert.Equal("csharp", (string)code["metadata"]!["polyglot_notebook"]!["kernelName"]!);
    }

    [Fact]
    public void Execution_timing_is_written_where_nbclient_writes_it()
    {
        var path = _temp.Write("n", "1 + 1");
        var notebook = NotebookFile.Load(path);
        var started = new DateTimeOffset(2026, 12, 7, 4, 25, 21, TimeSpan.Zero);
        notebook.CodeCells.Single().SetExecutionTiming(started, started.AddSeconds(2.5));
        var saved = Path.Combine(_temp.Folder, "out", "t.ipynb");
        notebook.Save(saved);
        var execution = JsonNode.Parse(File.ReadAllText(saved))!["cells"]!.AsArray()[1]!["metadata"]!["execution"]!;
        Assert.Equal("2026-12-07T04:25:21.000000Z", (string)execution["iopub.execute_input"]!);
        Assert.Equal("2026-12-07T04:25:23.500000Z", (string)execution["shell.execute_reply"]!);
    }

    [Fact]
    public void A_missing_notebook_names_the_file()
    {
        var path = Path.Combine(_temp.Folder, "absent.ipynb");
        var e = Assert.Throws<FileNotFoundException>(() => NotebookFile.Load(path));
        Assert.Contains("absent.ipynb", e.Message);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"metadata\": {}}")]
    public void A_corrupt_notebook_names_the_file(string content)
    {
        var path = Path.Combine(_temp.Folder, "bad.ipynb");
        File.WriteAllText(path, content);
        var e = Assert.Throws<InvalidDataException>(() => NotebookFile.Load(path));
        Assert.Contains("bad.ipynb", e.Message);
    }
}
