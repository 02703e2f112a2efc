using Curriculum.Kernel.Docs;
using Curriculum.Kernel.Tests.Support;

namespace Curriculum.Kernel.Tests.Docs;

/// <summary>
/// docs/interview-answers.md (and .zh.md) and the lessons' library-code cells, in both languages, are what
/// `Curriculum.Kernel docs` makes of today's sources.
/// </summary>
public sealed class GeneratedDocsTests
{
    private const string Regenerate = "run `dotnet run --project src/Curriculum.Kernel -c Release -- docs` from the repository root";

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void The_interview_answers_file_is_generated_from_the_lessons(string code)
    {
        var language = LessonLanguage.All.Single(l => l.Code == code);
        var expected = GeneratedDocs.InterviewAnswers(LessonText.ReadAll(Path.Combine(Repo.Root, language.Folder)), language);
        var path = Path.Combine(Repo.Root, language.AnswersFile);
        Assert.True(File.Exists(path), $"{language.AnswersFile} is missing: {Regenerate}");
        Assert.True(expected == File.ReadAllText(path), $"{language.AnswersFile} is out of step with the lessons: {Regenerate}");
        Assert.Equal(30, expected.Split("\n## ").Length - 1);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Every_lesson_links_the_library_files_its_code_uses(string code)
    {
        var language = LessonLanguage.All.Single(l => l.Code == code);
        var english = LessonText.ReadAll(Repo.Notebooks).ToDictionary(l => l.FileName);
        var usage = new LessonUsage([.. english.Values], LibrarySource.Read(Path.Combine(Repo.Root, "src", "Curriculum")));
        foreach (var lesson in LessonText.ReadAll(Path.Combine(Repo.Root, language.Folder)))
        {
            var cell = lesson.Section(language.LibraryHeading);
            Assert.True(cell is not null, $"{language.Folder}/{lesson.FileName} has no \"{language.LibraryHeading}\" cell: {Regenerate}");
            Assert.True(cell.Source == GeneratedDocs.LibraryCell(english[lesson.FileName], usage, language), $"{language.Folder}/{lesson.FileName}'s library links are out of step: {Regenerate}");
            Assert.Same(cell, lesson.Cells[^1]); // the lesson's last cell
        }
    }

    [Fact]
    public void The_library_cell_links_each_file_once_with_the_types_the_code_names()
    {
        var lesson = new LessonText(1, "01-x.ipynb",
        [
            IntroducedInLessonTests.Cell(0, "markdown", "# 01 · x"),
            IntroducedInLessonTests.Cell(1, "code", "Check.AtLeast(\"a\", LineCharts.Lines(), 1); var s = new Series(); // not NoSuch"),
        ]);
        var library = new[]
        {
            new LibraryDeclaration("Display/Check.cs", 1, "Check", null, true, 1),
            new LibraryDeclaration("Charts/LineCharts.cs", 1, "LineCharts", null, true, 1),
            new LibraryDeclaration("Charts/LineCharts.cs", 2, "Series", null, false, 1),
            new LibraryDeclaration("Charts/LineCharts.cs", 3, "LineCharts", "Lines", true, 1),
            new LibraryDeclaration("Other/Unused.cs", 1, "Unused", null, true, null),
        };
        Assert.Equal("""
            ## The library code behind this lesson

            The helpers this lesson calls, in `src/Curriculum/` (each one's summary names the lesson that introduced it):

            - [`Charts/LineCharts.cs`](../src/Curriculum/Charts/LineCharts.cs): `LineCharts`, `Series`
            - [`Display/Check.cs`](../src/Curriculum/Display/Check.cs): `Check`
            """, GeneratedDocs.LibraryCell(lesson, new LessonUsage([lesson], library)));
    }

    [Fact]
    public void A_section_is_replaced_in_place_or_appended_with_a_stable_id()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sections-{Guid.NewGuid():N}.ipynb");
        File.WriteAllText(path, """{"cells": [{"cell_type": "markdown", "id": "a1", "metadata": {}, "source": ["# 01 · x"]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""");
        try
        {
            var notebook = Curriculum.Kernel.Notebooks.NotebookFile.Load(path);
            Assert.True(notebook.SetMarkdownSection("## End", "## End\n\nfirst"));
            var id = notebook.Cells[^1].Id;
            Assert.Matches("^[0-9a-f]{8}$", id!);
            Assert.False(notebook.SetMarkdownSection("## End", "## End\n\nfirst")); // unchanged
            Assert.True(notebook.SetMarkdownSection("## End", "## End\n\nsecond\nline"));
            Assert.Equal(2, notebook.Cells.Count);
            Assert.Equal(("## End\n\nsecond\nline", id), (notebook.Cells[^1].Source, notebook.Cells[^1].Id));
            notebook.SaveSource(path);
            Assert.Contains("\n   \"source\": [\n    \"## End\\n\",\n    \"\\n\",\n    \"second\\n\",\n    \"line\"\n   ]", File.ReadAllText(path));
            Assert.Throws<ArgumentException>(() => notebook.SetMarkdownSection("## End", "no heading"));
        }
        finally { File.Delete(path); }
    }
}
