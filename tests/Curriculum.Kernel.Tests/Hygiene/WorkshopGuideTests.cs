using System.Text.RegularExpressions;
using Curriculum.Kernel.Tests.Support;

namespace Curriculum.Kernel.Tests.Hygiene;

/// <summary>docs/workshop.md keeps up with the lessons: instructor notes for every notebook, and agendas that link only to lessons that exist.</summary>
public sealed partial class WorkshopGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(Repo.Root, "docs", "workshop.md"));

    public static TheoryData<string> Notebooks() => SetupCellTests.Notebooks();

    [GeneratedRegex(@"\]\((?<path>\.\./notebooks/[^)]+\.ipynb)\)")]
    private static partial Regex NotebookLink();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_lesson_has_instructor_notes(string notebook)
    {
        var number = notebook[..2];
        var start = Guide.IndexOf($"\n### {number} · ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/workshop.md has no section \"### {number} · ...\" for {notebook}");
        var end = Guide.IndexOf("\n### ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? Guide[start..] : Guide[start..end];
        foreach (var item in new[] { "**The one idea:**", "**The common confusion:**", "**Exercise to assign:**" })
            Assert.True(section.Contains(item), $"the notes for lesson {number} lack {item}");
    }

    [Fact]
    public void Agendas_link_only_to_existing_notebooks()
    {
        var links = NotebookLink().Matches(Guide).Select(m => m.Groups["path"].Value).ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
            Assert.True(File.Exists(Path.Combine(Repo.Root, "docs", link)), $"docs/workshop.md links to {link}, which does not exist");
    }
}
