using System.Text.Json.Nodes;
using Curriculum.Kernel.Docs;
using Markdig;
using Curriculum.Kernel.Notebooks;
using Curriculum.Kernel.Tests.Support;

namespace Curriculum.Kernel.Tests.Docs;

/// <summary>
/// The Chinese edition follows the English lessons cell by cell (code identical, prose translated), and a change to an
/// English lesson shows as drift, naming the lesson and its changed cells, until the translation is updated and stamped.
/// </summary>
public sealed class TranslationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("curriculum-translation-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string EnglishFolder = Path.Combine(Repo.Root, LessonLanguage.English.Folder);
    private static readonly string ChineseFolder = Path.Combine(Repo.Root, LessonLanguage.Chinese.Folder);

    public static TheoryData<string> Lessons() => new(Repo.NotebookFiles.Select(Path.GetFileName)!);

    private string Write(string name, params (string Id, string Type, string Source)[] cells)
    {
        var notebook = new JsonObject
        {
            ["cells"] = new JsonArray(cells.Select(c => (JsonNode)(c.Type == "code"
                ? new JsonObject { ["cell_type"] = "code", ["execution_count"] = null, ["id"] = c.Id, ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } }, ["outputs"] = new JsonArray(), ["source"] = c.Source }
                : new JsonObject { ["cell_type"] = c.Type, ["id"] = c.Id, ["metadata"] = new JsonObject(), ["source"] = c.Source })).ToArray()),
            ["metadata"] = new JsonObject(),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    private (NotebookFile English, NotebookFile Chinese) Pair()
    {
        var en = Write("en.ipynb", ("a", "markdown", "# 01 · Title\n\nText."), ("b", "code", "var x = 1;"), ("c", "markdown", "## Check"));
        var zh = Write("zh.ipynb", ("a", "markdown", "# 01 · 标题\n\n正文。"), ("b", "code", "var x = 2; // not yet copied"), ("c", "markdown", "## 检查"));
        return (NotebookFile.Load(en), NotebookFile.Load(zh));
    }

    [Fact]
    public void Stamping_copies_the_code_cells_and_records_the_English_lesson()
    {
        var (en, zh) = Pair();
        Assert.Contains(Translation.StructureProblems(en, zh), p => p.StartsWith("code cell 2 (b) differs", StringComparison.Ordinal));
        Assert.Equal(["the translation was never stamped"], Translation.Drift(en, zh));

        Translation.Stamp(en, zh, "../notebooks/01-x.ipynb");

        Assert.Equal("var x = 1;", zh.Cells[1].Source);
        Assert.Empty(Translation.StructureProblems(en, zh));
        Assert.Empty(Translation.Drift(en, zh));
        var record = zh.Metadata[Translation.MetadataKey]!;
        Assert.Equal("../notebooks/01-x.ipynb", (string?)record["translated_from"]);
        Assert.Equal(Translation.SourceHash(en), (string?)record["source_sha256"]);
        Assert.Equal(3, record["cells"]!.AsObject().Count);
        // It survives saving and loading.
        zh.SaveSource(zh.Path);
        Assert.Empty(Translation.Drift(en, NotebookFile.Load(zh.Path)));
    }

    [Fact]
    public void A_changed_added_or_removed_English_cell_is_named_as_drift()
    {
        var (en, zh) = Pair();
        Translation.Stamp(en, zh, "en.ipynb");

        var changed = NotebookFile.Load(Write("en2.ipynb", ("a", "markdown", "# 01 · Title\n\nNew text."), ("b", "code", "var x = 1;"), ("d", "markdown", "## Summary")));
        var drift = Translation.Drift(changed, zh);

        Assert.Equal(["cell 1 changed: # 01 · Title", "cell 3 is new: ## Summary", "cell c was removed"], drift);
    }

    [Fact]
    public void The_generated_library_cell_is_not_followed()
    {
        // `docs` writes it in both languages from the library, so a new link there asks for no translation.
        var en = NotebookFile.Load(Write("en.ipynb", ("a", "markdown", "# 01 · T"), ("z", "markdown", "## The library code behind this lesson\n\n- one")));
        var more = NotebookFile.Load(Write("en2.ipynb", ("a", "markdown", "# 01 · T"), ("z", "markdown", "## The library code behind this lesson\n\n- one\n- two")));
        Assert.Equal(Translation.SourceHash(en), Translation.SourceHash(more));
    }

    [Fact]
    public void Cells_that_do_not_correspond_are_reported_and_cannot_be_stamped()
    {
        var en = NotebookFile.Load(Write("en.ipynb", ("a", "markdown", "# T"), ("b", "code", "1")));
        var zh = NotebookFile.Load(Write("zh.ipynb", ("a", "markdown", "# T, untranslated"), ("x", "code", "1"), ("c", "markdown", "多余")));

        var problems = Translation.StructureProblems(en, zh);

        Assert.Equal(["3 cells, the English lesson has 2", "markdown cell 1 (a) has no Chinese: # T, untranslated", "cell 2 is code x, the English lesson's is code b"], problems);
        var error = Assert.Throws<InvalidDataException>(() => Translation.Stamp(en, zh, "en.ipynb"));
        Assert.Contains("does not follow", error.Message);
    }

    [Fact]
    public void Every_English_lesson_has_a_Chinese_translation_and_nothing_else_is_there()
    {
        var english = Repo.NotebookFiles.Select(Path.GetFileName).ToList();
        var chinese = Directory.GetFiles(ChineseFolder, "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(30, english.Count);
        Assert.Equal(english, chinese);
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void The_translation_has_the_English_cells_with_identical_code_and_follows_todays_English_lesson(string lesson)
    {
        var en = NotebookFile.Load(Path.Combine(EnglishFolder, lesson));
        var zh = NotebookFile.Load(Path.Combine(ChineseFolder, lesson));
        var problems = Translation.StructureProblems(en, zh);
        Assert.True(problems.Count == 0, $"{LessonLanguage.Chinese.Folder}/{lesson} does not follow the English lesson cell by cell:\n" + string.Join("\n", problems));
        var drift = Translation.Drift(en, zh);
        Assert.True(drift.Count == 0,
            $"lesson {lesson[..2]}: the English lesson changed since {LessonLanguage.Chinese.Folder}/{lesson} was translated:\n  " +
            string.Join("\n  ", drift) + $"\nUpdate those cells of the translation, then run `{Translation.StampCommand} {LessonLanguage.Chinese.Folder}/{lesson}`.");
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Bold_and_italics_render_next_to_Chinese_punctuation(string lesson)
    {
        // CommonMark does not close `**粗体（bold）**` when a Chinese character follows the closing `**` right after
        // punctuation: the asterisks would show. Render each prose cell as the site does and look for leftovers.
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        var problems = new List<string>();
        foreach (var cell in NotebookFile.Load(Path.Combine(ChineseFolder, lesson)).Cells.Where(c => !c.IsCode))
        {
            var html = System.Text.RegularExpressions.Regex.Replace(Markdig.Markdown.ToHtml(cell.Source, pipeline), "<code>[\\s\\S]*?</code>", "");
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, @".{0,20}(\*\*|\*提示).{0,20}"))
                problems.Add($"cell {cell.Index + 1}: …{m.Value}…");
        }
        Assert.True(problems.Count == 0, $"{LessonLanguage.Chinese.Folder}/{lesson}: emphasis that does not render:\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void The_translation_keeps_the_question_and_uses_the_glossarys_Chinese_terms(string lesson)
    {
        var en = LessonText.ReadAll(EnglishFolder).Single(l => l.FileName == lesson);
        var zh = LessonText.ReadAll(ChineseFolder).Single(l => l.FileName == lesson);
        // The seed's heading and question, verbatim (the 30-second answers quote it).
        var quoted = en.Cells[0].Source.Split('\n').Where(l => l.StartsWith("> 原题：") || l.StartsWith("> 题目：")).ToList();
        Assert.Equal(2, quoted.Count);
        Assert.All(quoted, q => Assert.Contains(q, zh.Cells[0].Source));
        // Every glossary term linked to this lesson appears in the translation under its Chinese name or in English.
        var missing = GlossaryTests.TermsOfLesson(lesson)
            .Where(t => !t.Chinese.Any(c => zh.Markdown.Contains(c, StringComparison.Ordinal)) && !zh.Markdown.Contains(t.English, StringComparison.OrdinalIgnoreCase))
            .Select(t => $"{t.English} ({string.Join(" / ", t.Chinese)})").ToList();
        Assert.True(missing.Count == 0, $"{LessonLanguage.Chinese.Folder}/{lesson} uses neither the glossary's Chinese name nor the English for: {string.Join(", ", missing)}");
    }
}
