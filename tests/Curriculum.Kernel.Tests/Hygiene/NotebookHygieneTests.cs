using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Curriculum.Kernel.Tests.Support;

namespace Curriculum.Kernel.Tests.Hygiene;

/// <summary>Source notebooks carry no outputs, open in VS Code's C# kernel, and follow the lesson anatomy.</summary>
public sealed partial class NotebookHygieneTests
{
    public static TheoryData<string> Notebooks() => SetupCellTests.Notebooks();

    private static JsonNode Load(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Notebooks, file)))!;

    private static string Text(JsonNode cell) =>
        cell["source"] is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)cell["source"] ?? "";

    [GeneratedRegex(@"^(?<nn>\d\d)-[a-z0-9]+(-[a-z0-9]+)*\.ipynb$")]
    private static partial Regex FileName();

    [Fact]
    public void There_are_lesson_notebooks_named_NN_slug()
    {
        var files = Repo.NotebookFiles.Select(Path.GetFileName).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Matches(FileName(), f!));
        Assert.Equal(files.Count, files.Select(f => f![..2]).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Source_notebooks_have_no_outputs(string notebook)
    {
        foreach (var cell in Load(notebook)["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code"))
        {
            Assert.True(cell!["outputs"] is not JsonArray { Count: > 0 }, $"{notebook} has a cell with outputs; commit notebooks without outputs");
            Assert.Null(cell["execution_count"]?.GetValue<int?>());
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebooks_name_the_Jupyter_kernel_and_keep_the_Polyglot_metadata(string notebook)
    {
        var json = Load(notebook);
        // Jupyter front ends (VS Code's Jupyter extension, JupyterLab, nbconvert) start the kernelspec of this name.
        Assert.Equal(Curriculum.Kernel.Jupyter.KernelSpec.Name, (string?)json["metadata"]?["kernelspec"]?["name"]);
        Assert.Equal(Curriculum.Kernel.Jupyter.KernelSpec.DisplayName, (string?)json["metadata"]?["kernelspec"]?["display_name"]);
        Assert.Equal("C#", (string?)json["metadata"]?["kernelspec"]?["language"]);
        Assert.Equal("C#", (string?)json["metadata"]?["language_info"]?["name"]); // C# highlighting in the Jupyter extension
        // The legacy Polyglot Notebooks route reads these.
        Assert.Equal("csharp", (string?)json["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]);
        foreach (var cell in json["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code"))
            Assert.Equal("csharp", (string?)cell!["metadata"]?["polyglot_notebook"]?["kernelName"]);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Polyglot_Notebooks_still_reads_every_code_cell_as_CSharp(string notebook)
    {
        // The parser the Polyglot Notebooks extension's kernel uses for .ipynb files (Microsoft.DotNet.Interactive.Documents).
        var kernels = new Microsoft.DotNet.Interactive.Documents.KernelInfoCollection
        {
            new Microsoft.DotNet.Interactive.Documents.KernelInfo("csharp", "C#"),
            new Microsoft.DotNet.Interactive.Documents.KernelInfo("markdown", "Markdown"),
        };
        kernels.DefaultKernelName = "csharp";
        var document = await Microsoft.DotNet.Interactive.Documents.InteractiveDocument.LoadAsync(new FileInfo(Path.Combine(Repo.Notebooks, notebook)), kernels);
        var code = document.Elements.Where(e => e.KernelName != "markdown").ToList();
        Assert.Equal(Load(notebook)["cells"]!.AsArray().Count(c => (string?)c!["cell_type"] == "code"), code.Count);
        Assert.All(code, e => Assert.Equal("csharp", e.KernelName));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebooks_follow_the_lesson_anatomy(string notebook)
    {
        var cells = Load(notebook)["cells"]!.AsArray().Select(c => c!).ToList();
        var markdown = string.Join("\n", cells.Where(c => (string?)c["cell_type"] == "markdown").Select(Text));
        var title = Text(cells[0]);
        Assert.StartsWith($"# {notebook[..2]} · ", title);
        Assert.Contains("> 原题：", title);
        foreach (var heading in new[] { "**The short answer**", "**What we build**", "## Check", "## What the common answer gets wrong",
                     "## In business", "## Exercises", "## Summary" })
            Assert.True(markdown.Contains(heading), $"{notebook} lacks the section {heading}");

        // The check cell: the code cell after "## Check" asserts through the library's check helper.
        var checkHeading = cells.FindIndex(c => Text(c).Contains("## Check"));
        var checkCell = cells.Skip(checkHeading + 1).First(c => (string?)c["cell_type"] == "code");
        Assert.Contains("Check.", Text(checkCell));
    }
}
