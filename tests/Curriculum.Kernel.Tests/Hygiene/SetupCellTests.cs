using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Curriculum.Kernel.Tests.Support;

namespace Curriculum.Kernel.Tests.Hygiene;

/// <summary>
/// Every lesson starts with the same setup cell, and its package pins equal Directory.Packages.props, so one edit of the
/// central file (and of the cells, which this test then demands) changes all notebooks consistently.
/// </summary>
public sealed partial class SetupCellTests
{
    [GeneratedRegex(@"^#r\s+""nuget:\s*(?<name>[^,""]+?)\s*,\s*(?<version>[^""]+?)\s*""", RegexOptions.Multiline)]
    private static partial Regex NugetReference();

    // Provided by the kernel process itself (the notebook must not load other versions of them).
    private static readonly string[] KernelProvided = ["Microsoft.DotNet.Interactive", "Microsoft.DotNet.Interactive.Formatting", "FSharp.Core"];

    public static TheoryData<string> Notebooks() => new(Repo.NotebookFiles.Select(Path.GetFileName)!);

    private static Dictionary<string, string> CentralVersions() =>
        XDocument.Load(Path.Combine(Repo.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);

    internal static string SetupCell(string file)
    {
        var cells = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Notebooks, file)))!["cells"]!.AsArray();
        var first = cells.First(c => (string?)c!["cell_type"] == "code")!;
        return first["source"] is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)first["source"] ?? "";
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Setup_cell_pins_the_central_package_versions(string notebook)
    {
        var central = CentralVersions();
        var pins = NugetReference().Matches(SetupCell(notebook)).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["version"].Value);
        Assert.NotEmpty(pins);
        foreach (var (name, version) in pins)
        {
            Assert.True(central.TryGetValue(name, out var expected), $"{notebook} references {name}, which Directory.Packages.props does not pin");
            Assert.True(expected == version, $"{notebook} pins {name} {version}, Directory.Packages.props says {expected}");
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Setup_cell_references_every_package_the_library_uses_and_the_library(string notebook)
    {
        var cell = SetupCell(notebook);
        var pinned = NugetReference().Matches(cell).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var libraryPackages = XDocument.Load(Path.Combine(Repo.Root, "src", "Curriculum", "Curriculum.csproj"))
            .Descendants("PackageReference").Select(e => (string)e.Attribute("Include")!)
            .Where(p => !KernelProvided.Contains(p, StringComparer.OrdinalIgnoreCase));
        foreach (var package in libraryPackages)
            Assert.True(pinned.Contains(package), $"{notebook}'s setup cell lacks #r \"nuget: {package}, ...\" (the library uses it; #r of a DLL does not bring its packages)");
        Assert.Contains("ChartDisplay.Use();", cell); // the offline chart formatter
        Assert.Contains("#r \"../artifacts/Curriculum/Curriculum.dll\"", cell);
    }

    [Fact]
    public void Every_notebook_has_the_same_setup_cell()
    {
        var cells = Repo.NotebookFiles.Select(f => (File: Path.GetFileName(f), Cell: SetupCell(Path.GetFileName(f)))).ToList();
        Assert.NotEmpty(cells);
        foreach (var (file, cell) in cells)
            Assert.True(cell == cells[0].Cell, $"{file}'s setup cell differs from {cells[0].File}'s; keep them identical");
    }

    [Fact]
    public void The_library_builds_to_the_path_the_setup_cell_references()
    {
        var project = XDocument.Load(Path.Combine(Repo.Root, "src", "Curriculum", "Curriculum.csproj"));
        Assert.Equal("$(RepoRoot)artifacts/Curriculum/", project.Descendants("OutputPath").Single().Value);
    }
}
