using System.Text.RegularExpressions;
using Curriculum.Kernel.Tests.Support;

namespace Curriculum.Kernel.Tests.Hygiene;

/// <summary>
/// docs/workshop.md and its Chinese version docs/workshop.zh.md keep up with the lessons: instructor notes for every
/// notebook, and agendas that link only to lessons that exist.
/// </summary>
public sealed partial class WorkshopGuideTests
{
    private static readonly Dictionary<string, (string File, string[] Labels)> Guides = new()
    {
        ["en"] = ("workshop.md", ["**The one idea:**", "**The common confusion:**", "**Exercise to assign:**"]),
        ["zh"] = ("workshop.zh.md", ["**核心思想：**", "**常见误解：**", "**布置的练习：**"]),
    };

    private static string Guide(string language) => File.ReadAllText(Path.Combine(Repo.Root, "docs", Guides[language].File));

    public static TheoryData<string, string> Notebooks()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in Guides.Keys)
            foreach (var file in Repo.NotebookFiles) data.Add(language, Path.GetFileName(file));
        return data;
    }

    [GeneratedRegex(@"\]\((?<path>\.\./notebooks(-zh)?/[^)]+\.ipynb)\)")]
    private static partial Regex NotebookLink();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_lesson_has_instructor_notes(string language, string notebook)
    {
        var (file, labels) = Guides[language];
        var guide = Guide(language);
        var number = notebook[..2];
        var start = guide.IndexOf($"\n### {number} · ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/{file} has no section \"### {number} · ...\" for {notebook}");
        var end = guide.IndexOf("\n### ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? guide[start..] : guide[start..end];
        foreach (var item in labels)
            Assert.True(section.Contains(item), $"docs/{file}: the notes for lesson {number} lack {item}");
    }

    [Theory]
    [InlineData("en", "../notebooks/")]
    [InlineData("zh", "../notebooks-zh/")]
    public void Agendas_link_only_to_existing_notebooks_of_their_language(string language, string folder)
    {
        var file = Guides[language].File;
        var links = NotebookLink().Matches(Guide(language)).Select(m => m.Groups["path"].Value).ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.True(link.StartsWith(folder, StringComparison.Ordinal), $"docs/{file} links to {link}, a lesson in the other language");
            Assert.True(File.Exists(Path.Combine(Repo.Root, "docs", link)), $"docs/{file} links to {link}, which does not exist");
        }
    }
}
