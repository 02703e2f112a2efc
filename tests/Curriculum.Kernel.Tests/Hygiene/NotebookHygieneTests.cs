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
    public void Notebooks_open_with_the_polyglot_csharp_kernel(string notebook)
    {
        var json = Load(notebook);
        Assert.Equal(".net-csharp", (string?)json["metadata"]?["kernelspec"]?["name"]);
        Assert.Equal("csharp", (string?)json["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]);
        foreach (var cell in json["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code"))
            Assert.Equal("csharp", (string?)cell!["metadata"]?["polyglot_notebook"]?["kernelName"]);
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
